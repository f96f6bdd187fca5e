import { describe, expect, it } from '@jest/globals'
import tar from 'tar-stream'
import { MAX_READ_BYTES } from '../../../src/measure/filesystem-facts.js'
import { analyzeFilesystem } from '../../../src/measure/filesystem-stack.js'
import { toLayerEntry, type LayerEntry } from '../../../src/measure/layer-entries.js'
import { readLayer } from '../../../src/measure/layer-reader.js'

function dir(name: string, uid: number, gid: number, mode: number): LayerEntry {
  return toLayerEntry({ name, type: 'directory', uid, gid, mode })!
}

function file(name: string, text: string): LayerEntry {
  return { ...toLayerEntry({ name, type: 'file', size: text.length })!, text }
}

function marker(name: string): LayerEntry {
  return toLayerEntry({ name, type: 'file', size: 0 })!
}

function factsOf(layers: LayerEntry[][], baseLayers = 0) {
  return analyzeFilesystem(layers, { baseLayers }).facts
}

describe('the directories of the final filesystem', () => {
  it('keeps owner, group and mode, and whether the image itself changed them', () => {
    const base = [dir('./', 0, 0, 0o755), dir('tmp/', 0, 0, 0o1777), dir('data/', 0, 0, 0o755)]
    const own = [dir('data/', 10001, 10001, 0o750), dir('tmp/', 0, 0, 0o1777)]
    expect(factsOf([base, own], 1).directories).toEqual([
      { path: '/data', uid: 10001, gid: 10001, mode: 0o750, fromBase: false },
      // Listed again by the image's own layer, unchanged: still the base's.
      { path: '/tmp', uid: 0, gid: 0, mode: 0o1777, fromBase: true }
    ])
  })

  it('reads the mode without the file type bits some writers put in the field', () => {
    expect(toLayerEntry({ name: 'x/', type: 'directory', mode: 0o41777 })?.owner?.mode).toBe(0o1777)
  })

  it('drops a directory a whiteout deletes, with everything under it', () => {
    const base = [
      dir('var/', 0, 0, 0o755),
      dir('var/cache/', 1, 1, 0o777),
      dir('var/cache/a/', 1, 1, 0o777)
    ]
    expect(factsOf([base, [marker('var/.wh.cache')]]).directories.map(d => d.path)).toEqual([
      '/var'
    ])
  })

  it('hides what lower layers put under an opaque directory, keeping the directory', () => {
    const lower = [dir('srv/', 0, 0, 0o755), dir('srv/old/', 0, 0, 0o777)]
    const upper = [
      marker('srv/.wh..wh..opq'),
      dir('srv/', 5, 5, 0o700),
      dir('srv/new/', 5, 5, 0o700)
    ]
    expect(factsOf([lower, upper]).directories).toEqual([
      { path: '/srv', uid: 5, gid: 5, mode: 0o700, fromBase: false },
      { path: '/srv/new', uid: 5, gid: 5, mode: 0o700, fromBase: false }
    ])
  })

  it('follows a directory replaced by a file, and a file by a directory', () => {
    const lower = [dir('a/', 0, 0, 0o777), file('b', 'x')]
    const upper = [file('a', 'y'), dir('b/', 7, 7, 0o755)]
    expect(factsOf([lower, upper]).directories).toEqual([
      { path: '/b', uid: 7, gid: 7, mode: 0o755, fromBase: false }
    ])
  })
})

describe('the small files the planner reads', () => {
  it('keeps the text of /etc/passwd as the top layer left it', () => {
    const passwd = 'root:x:0:0:root:/root:/bin/sh\n'
    const later = `${passwd}app:x:1000:1000::/home/app:/bin/sh\n`
    expect(factsOf([[file('etc/passwd', passwd)], [file('etc/passwd', later)]]).files).toEqual([
      { path: '/etc/passwd', text: later }
    ])
  })

  it('says when a file was deleted, too large, or a link', () => {
    const deleted = factsOf([
      [file('etc/passwd', 'root:x:0:0::/:/bin/sh\n')],
      [marker('etc/.wh.passwd')]
    ])
    expect(deleted.files).toEqual([])
    const large = toLayerEntry({ name: 'etc/passwd', type: 'file', size: MAX_READ_BYTES + 1 })!
    const link = toLayerEntry({ name: 'etc/group', type: 'symlink' })!
    expect(factsOf([[large, link]]).files).toEqual([
      {
        path: '/etc/passwd',
        unread: `it is ${MAX_READ_BYTES + 1} bytes, over the 65536 bytes read`
      },
      { path: '/etc/group', unread: 'it is a link or a device, which is not followed' }
    ])
  })

  it('are read from the layer tar as it streams, and no other file is', async () => {
    const pack = tar.pack()
    pack.entry({ name: 'etc/', type: 'directory', mode: 0o755, uid: 0, gid: 0 })
    pack.entry({ name: 'etc/passwd' }, 'nonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n')
    pack.entry({ name: 'etc/hostname' }, 'not kept\n')
    pack.entry({ name: 'home/nonroot/', type: 'directory', mode: 0o700, uid: 65532, gid: 65532 })
    pack.finalize()
    const contents = await readLayer(pack as unknown as AsyncIterable<Buffer>, {
      compressWith: undefined
    })
    expect(contents.entries.filter(e => e.text !== undefined).map(e => e.path)).toEqual([
      '/etc/passwd'
    ])
    expect(analyzeFilesystem([contents.entries]).facts).toEqual({
      directories: [
        { path: '/etc', uid: 0, gid: 0, mode: 0o755, fromBase: false },
        { path: '/home/nonroot', uid: 65532, gid: 65532, mode: 0o700, fromBase: false }
      ],
      files: [{ path: '/etc/passwd', text: 'nonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n' }]
    })
  })
})
