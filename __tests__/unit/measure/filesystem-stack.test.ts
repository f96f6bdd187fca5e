import { describe, expect, it } from '@jest/globals'
import { analyzeFilesystem } from '../../../src/measure/filesystem-stack.js'
import { toLayerEntry, type LayerEntry } from '../../../src/measure/layer-entries.js'

/** Builds a layer from tar-like lines: `path size`, `path/` (directory) or `path -> target`. */
function layer(...lines: string[]): LayerEntry[] {
  return lines.flatMap(line => {
    const [name, second] = line.split(' ')
    const header = name!.endsWith('/')
      ? { name: name!, type: 'directory' }
      : second === '->'
        ? { name: name!, type: 'symlink' }
        : { name: name!, type: 'file', size: Number(second ?? 0) }
    return toLayerEntry(header) ?? []
  })
}

describe('toLayerEntry', () => {
  it('reads whiteouts, opaque markers and paths', () => {
    expect(toLayerEntry({ name: './etc/.wh.passwd', type: 'file', size: 0 })).toEqual({
      path: '/etc/passwd',
      kind: 'whiteout',
      bytes: 0
    })
    expect(toLayerEntry({ name: '.wh.tmp', type: 'file' })).toEqual({
      path: '/tmp',
      kind: 'whiteout',
      bytes: 0
    })
    expect(toLayerEntry({ name: 'var/cache/.wh..wh..opq', type: 'file' })).toEqual({
      path: '/var/cache',
      kind: 'opaque',
      bytes: 0
    })
    expect(toLayerEntry({ name: '.wh..wh.plnk/12.34', type: 'file' })).toBeUndefined()
    expect(toLayerEntry({ name: 'x/.wh..wh.aufs', type: 'file' })).toBeUndefined()
    expect(toLayerEntry({ name: 'bin/sh', type: 'symlink' })?.kind).toBe('other')
  })
})

describe('analyzeFilesystem', () => {
  it('lists the largest files of the final filesystem', () => {
    const result = analyzeFilesystem(
      [layer('bin/', 'bin/a 10', 'bin/b 300', 'bin/sh ->'), layer('app 200', 'bin/a 50')],
      { limit: 2 }
    )
    expect(result.largestFiles).toEqual([
      { path: '/bin/b', bytes: 300 },
      { path: '/app', bytes: 200 }
    ])
  })

  it('counts a file written in one layer and deleted in the next as wasted', () => {
    const result = analyzeFilesystem([
      layer('tmp/src.tar 5000', 'keep 1'),
      layer('tmp/.wh.src.tar')
    ])
    expect(result.wasted).toEqual({ bytes: 5000, paths: [{ path: '/tmp/src.tar', bytes: 5000 }] })
    expect(result.largestFiles).toEqual([{ path: '/keep', bytes: 1 }])
  })

  it('counts every version of an overwritten file, as dive does', () => {
    const result = analyzeFilesystem([layer('etc/conf 100'), layer('etc/conf 120')])
    expect(result.wasted).toEqual({ bytes: 220, paths: [{ path: '/etc/conf', bytes: 220 }] })
  })

  it('expands a deleted directory into the files under it', () => {
    const result = analyzeFilesystem([
      layer('var/lib/apt/lists/a 700', 'var/lib/apt/lists/b 300', 'var/lib/dpkg/status 5'),
      layer('var/lib/apt/.wh.lists')
    ])
    expect(result.wasted.bytes).toBe(1000)
    expect(result.wasted.paths.map(path => path.path)).toEqual([
      '/var/lib/apt/lists/a',
      '/var/lib/apt/lists/b'
    ])
    expect(result.largestFiles).toEqual([{ path: '/var/lib/dpkg/status', bytes: 5 }])
  })

  it('lets an opaque directory hide the layers below but not its own layer', () => {
    const result = analyzeFilesystem([
      layer('cache/old 400', 'cache/sub/older 100'),
      // The marker may come after the layer's own files in tar order.
      layer('cache/new 30', 'cache/.wh..wh..opq')
    ])
    expect(result.wasted.bytes).toBe(500)
    expect(result.largestFiles).toEqual([{ path: '/cache/new', bytes: 30 }])
  })

  it('ignores whiteouts of paths that never existed', () => {
    const result = analyzeFilesystem([layer('a 1'), layer('nothing/.wh.here', '.wh.gone')])
    expect(result.wasted).toEqual({ bytes: 0, paths: [] })
  })

  it('keeps the paths that waste most, largest first', () => {
    const first = layer(...Array.from({ length: 15 }, (_, i) => `f${i} ${(i + 1) * 10}`))
    const second = layer(...Array.from({ length: 15 }, (_, i) => `.wh.f${i}`))
    const result = analyzeFilesystem([first, second])
    expect(result.wasted.paths).toHaveLength(10)
    expect(result.wasted.paths[0]).toEqual({ path: '/f14', bytes: 150 })
    expect(result.wasted.bytes).toBe(1200)
  })
})
