import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultLayerCacheDir, fileLayerCache } from '../../../src/measure/cache.js'
import { EXECUTABLES_READER, type LayerExecutable } from '../../../src/measure/go-executables.js'

const digest = `sha256:${'ab'.repeat(32)}`

describe('fileLayerCache', () => {
  it('remembers a size per digest across instances', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'size-cache-'))
    try {
      expect(await fileLayerCache(dir).get(digest)).toBeUndefined()
      await fileLayerCache(dir).set(digest, { compressedSize: 12345, compressedSource: 'estimate' })
      expect(await fileLayerCache(dir).get(digest)).toEqual({
        compressedSize: 12345,
        compressedSource: 'estimate'
      })
      expect(await readdir(dir)).toEqual([`sha256-${'ab'.repeat(32)}.json`])
      await fileLayerCache(dir).set(digest, { compressedSize: 999, compressedSource: 'manifest' })
      expect(await fileLayerCache(dir).get(digest)).toEqual({
        compressedSize: 999,
        compressedSource: 'manifest'
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('treats entries from another compression method or torn files as misses', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'size-cache-'))
    try {
      const file = join(dir, `sha256-${'ab'.repeat(32)}.json`)
      await writeFile(file, JSON.stringify({ compressedSize: 1, method: 'gzip-9 something else' }))
      expect(await fileLayerCache(dir).get(digest)).toBeUndefined()
      // What releases that followed GNU gzip -6 wrote: sized once again by today's method.
      const older = 'gzip-6 canonical-zlib 1MiB-blocks'
      await writeFile(file, JSON.stringify({ compressedSize: 1, method: older }))
      expect(await fileLayerCache(dir).get(digest)).toBeUndefined()
      await writeFile(file, JSON.stringify({ compressedSize: 1, method: 'toString' }))
      expect(await fileLayerCache(dir).get(digest)).toBeUndefined()
      await writeFile(file, '{"compressedSi')
      expect(await fileLayerCache(dir).get(digest)).toBeUndefined()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('ignores keys that are not digests instead of writing outside its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'size-cache-'))
    try {
      await fileLayerCache(dir).set('../../etc/passwd', {
        compressedSize: 1,
        compressedSource: 'estimate'
      })
      expect(await fileLayerCache(dir).get('../../etc/passwd')).toBeUndefined()
      expect(await readdir(dir)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  const server: LayerExecutable = {
    path: '/usr/local/bin/server',
    kind: 'go',
    bytes: 8_620_544,
    goVersion: 'go1.27.4',
    mainModule: 'example.com/http-server',
    settings: { CGO_ENABLED: '0', GOOS: 'linux' },
    static: true,
    libraries: [],
    stripped: false,
    strippable: 2_770_000,
    modules: [{ path: 'std', version: 'go1.27.4', bytes: 2_650_000 }],
    packages: [{ path: 'net/http', bytes: 900_000 }],
    sections: [{ name: '.gopclntab', bytes: 2_140_000 }],
    packed: null,
    uses: ['system-roots'],
    unread: []
  }
  const tooLarge: LayerExecutable = {
    path: '/opt/huge',
    kind: 'unreadable',
    bytes: 300 * 1024 * 1024,
    reason: 'an ELF executable larger than the 256 MiB read limit'
  }

  it("remembers a layer's executables beside its size, under the same digest", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layer-cache-'))
    try {
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await fileLayerCache(dir).setExecutables(digest, [server, tooLarge])
      await fileLayerCache(dir).set(digest, { compressedSize: 1, compressedSource: 'estimate' })
      expect(await fileLayerCache(dir).executables(digest)).toEqual([server, tooLarge])
      // A layer without executables is remembered too: it is not read again either.
      const other = `sha256:${'cd'.repeat(32)}`
      await fileLayerCache(dir).setExecutables(other, [])
      expect(await fileLayerCache(dir).executables(other)).toEqual([])
      expect((await readdir(dir)).sort()).toEqual([
        `sha256-${'ab'.repeat(32)}.executables.json`,
        `sha256-${'ab'.repeat(32)}.json`,
        `sha256-${'cd'.repeat(32)}.executables.json`
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reads executables again when another reader wrote them or they break the report schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layer-cache-'))
    const file = join(dir, `sha256-${'ab'.repeat(32)}.executables.json`)
    const entry = (reader: string, executables: unknown[]) =>
      writeFile(file, JSON.stringify({ reader, executables }))
    try {
      await entry('go-executables-0', [server])
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await entry(EXECUTABLES_READER, [{ ...server, bytes: '8620544' }])
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await entry(EXECUTABLES_READER, [{ ...server, comment: '<img src=x onerror=alert(1)>' }])
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await entry(EXECUTABLES_READER, [{ ...tooLarge, kind: 'script' }])
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await entry(EXECUTABLES_READER, [null])
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await writeFile(file, '{"reader":')
      expect(await fileLayerCache(dir).executables(digest)).toBeUndefined()
      await entry(EXECUTABLES_READER, [server])
      expect(await fileLayerCache(dir).executables(digest)).toEqual([server])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('lives under the XDG cache folder by default', () => {
    expect(defaultLayerCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/go-image-budget/layers')
  })
})
