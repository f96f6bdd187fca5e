import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultSizeCacheDir, fileSizeCache } from '../../../src/measure/cache.js'

const digest = `sha256:${'ab'.repeat(32)}`

describe('fileSizeCache', () => {
  it('remembers a size per digest across instances', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'size-cache-'))
    try {
      expect(await fileSizeCache(dir).get(digest)).toBeUndefined()
      await fileSizeCache(dir).set(digest, { compressedSize: 12345, compressedSource: 'estimate' })
      expect(await fileSizeCache(dir).get(digest)).toEqual({
        compressedSize: 12345,
        compressedSource: 'estimate'
      })
      expect(await readdir(dir)).toEqual([`sha256-${'ab'.repeat(32)}.json`])
      await fileSizeCache(dir).set(digest, { compressedSize: 999, compressedSource: 'manifest' })
      expect(await fileSizeCache(dir).get(digest)).toEqual({
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
      expect(await fileSizeCache(dir).get(digest)).toBeUndefined()
      // What releases that followed GNU gzip -6 wrote: sized once again by today's method.
      const older = 'gzip-6 canonical-zlib 1MiB-blocks'
      await writeFile(file, JSON.stringify({ compressedSize: 1, method: older }))
      expect(await fileSizeCache(dir).get(digest)).toBeUndefined()
      await writeFile(file, JSON.stringify({ compressedSize: 1, method: 'toString' }))
      expect(await fileSizeCache(dir).get(digest)).toBeUndefined()
      await writeFile(file, '{"compressedSi')
      expect(await fileSizeCache(dir).get(digest)).toBeUndefined()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('ignores keys that are not digests instead of writing outside its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'size-cache-'))
    try {
      await fileSizeCache(dir).set('../../etc/passwd', {
        compressedSize: 1,
        compressedSource: 'estimate'
      })
      expect(await fileSizeCache(dir).get('../../etc/passwd')).toBeUndefined()
      expect(await readdir(dir)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('lives under the XDG cache folder by default', () => {
    expect(defaultSizeCacheDir({ XDG_CACHE_HOME: '/c' })).toBe(
      '/c/go-image-budget/compressed-sizes'
    )
  })
})
