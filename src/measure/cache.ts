import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_BLOCK_BYTES } from './block-gzip.js'
import { DEFAULT_LEVEL } from './deflate-workers.js'
import type { CompressedSizeCache, KnownCompressedSize } from './types.js'

export type { CompressedSizeCache } from './types.js'

/**
 * Names how a cached estimate was computed: Node's zlib at the estimate's level, in 1 MiB blocks
 * each primed with the 32 KiB before it. Entries written by another method (older releases
 * followed GNU `gzip -6` with canonical zlib) are ignored, so those layers are sized once again.
 */
export const COMPRESSION_METHOD = `gzip-${DEFAULT_LEVEL} node-zlib ${DEFAULT_BLOCK_BYTES / 1024 / 1024}MiB-blocks`

/** Names a size read from a registry manifest: exact, whatever compressed the blob. */
export const MANIFEST_METHOD = 'registry-manifest'

const SOURCE_OF_METHOD = new Map<string, KnownCompressedSize['compressedSource']>([
  [COMPRESSION_METHOD, 'estimate'],
  [MANIFEST_METHOD, 'manifest']
])

/** Where the CLI keeps compressed sizes between runs, following the XDG cache convention. */
export function defaultSizeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return join(base, 'go-image-budget', 'compressed-sizes')
}

const DIGEST = /^(sha256|sha384|sha512):([a-f0-9]{32,128})$/

/**
 * One small JSON file per digest under `dir`: concurrent runs never rewrite each other's entries,
 * and a directory is what `@actions/cache` saves and restores.
 */
export function fileSizeCache(dir: string): CompressedSizeCache {
  const fileOf = (digest: string): string | undefined => {
    const match = DIGEST.exec(digest)
    return match ? join(dir, `${match[1]}-${match[2]}.json`) : undefined
  }
  return {
    async get(digest) {
      const file = fileOf(digest)
      if (!file) return undefined
      try {
        const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<CachedSize>
        const source = SOURCE_OF_METHOD.get(entry.method ?? '')
        return source !== undefined && Number.isSafeInteger(entry.compressedSize)
          ? { compressedSize: entry.compressedSize!, compressedSource: source }
          : undefined
      } catch {
        // Missing or torn entries are a miss: the layer is simply compressed again.
        return undefined
      }
    },
    async set(digest, { compressedSize, compressedSource }) {
      const file = fileOf(digest)
      if (!file) return
      await mkdir(dir, { recursive: true })
      const method = compressedSource === 'manifest' ? MANIFEST_METHOD : COMPRESSION_METHOD
      const entry: CachedSize = { compressedSize, method }
      // Written aside and renamed so a reader never sees half a file.
      const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
      await writeFile(partial, JSON.stringify(entry))
      await rename(partial, file)
    }
  }
}

interface CachedSize {
  compressedSize: number
  method: string
}
