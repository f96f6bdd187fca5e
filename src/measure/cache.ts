import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { goExecutableProblems, unreadExecutableProblems } from '../core/report-schema.js'
import { DEFAULT_BLOCK_BYTES } from './block-gzip.js'
import { DEFAULT_LEVEL } from './deflate-workers.js'
import { EXECUTABLES_READER, type LayerExecutable } from './go-executables.js'
import type { KnownCompressedSize, LayerCache } from './types.js'

export type { CompressedSizeCache, LayerCache } from './types.js'

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

/** Where the CLI keeps what it learned of layers between runs, following the XDG cache convention. */
export function defaultLayerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return join(base, 'go-image-budget', 'layers')
}

const DIGEST = /^(sha256|sha384|sha512):([a-f0-9]{32,128})$/

/**
 * Small JSON files per digest under `dir` (`sha256-<hex>.json` for the compressed size,
 * `sha256-<hex>.executables.json` for the executables): concurrent runs never rewrite each other's
 * entries, and a directory is what `@actions/cache` saves and restores. What is read back is
 * checked before it is used: a missing, torn or foreign entry is a miss, and the layer is read again.
 */
export function fileLayerCache(dir: string): LayerCache {
  const fileOf = (digest: string, kind: '' | '.executables'): string | undefined => {
    const match = DIGEST.exec(digest)
    return match ? join(dir, `${match[1]}-${match[2]}${kind}.json`) : undefined
  }
  const write = async (file: string, entry: unknown): Promise<void> => {
    await mkdir(dir, { recursive: true })
    // Written aside and renamed so a reader never sees half a file.
    const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
    await writeFile(partial, JSON.stringify(entry))
    await rename(partial, file)
  }
  return {
    async get(digest) {
      const entry = (await readEntry(fileOf(digest, ''))) as Partial<CachedSize> | undefined
      const source = SOURCE_OF_METHOD.get(entry?.method ?? '')
      return source !== undefined && Number.isSafeInteger(entry?.compressedSize)
        ? { compressedSize: entry!.compressedSize!, compressedSource: source }
        : undefined
    },
    async set(digest, { compressedSize, compressedSource }) {
      const file = fileOf(digest, '')
      const method = compressedSource === 'manifest' ? MANIFEST_METHOD : COMPRESSION_METHOD
      if (file) await write(file, { compressedSize, method } satisfies CachedSize)
    },
    async executables(digest) {
      return checkedExecutables(await readEntry(fileOf(digest, '.executables')))
    },
    async setExecutables(digest, executables) {
      const file = fileOf(digest, '.executables')
      const entry: CachedExecutables = { reader: EXECUTABLES_READER, executables }
      if (file) await write(file, entry)
    }
  }
}

interface CachedSize {
  compressedSize: number
  method: string
}

interface CachedExecutables {
  /** How the facts were read: entries of another reader are read again. */
  reader: string
  executables: LayerExecutable[]
}

/** The parsed JSON of an entry; undefined for a key that is no digest, or a missing or torn file. */
async function readEntry(file: string | undefined): Promise<unknown> {
  if (!file) return undefined
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

/**
 * A cached entry's executables, when another reader did not write it and every one of them holds
 * what the report schema allows: they go into reports as if read from the layer just now.
 */
function checkedExecutables(entry: unknown): LayerExecutable[] | undefined {
  const cached = entry as Partial<CachedExecutables> | undefined
  if (cached?.reader !== EXECUTABLES_READER || !Array.isArray(cached.executables)) return undefined
  const valid = cached.executables.every((executable: unknown) => {
    if (typeof executable !== 'object' || executable === null) return false
    const { kind, ...rest } = executable as Record<string, unknown>
    const asReported = { ...rest, layer: 0 }
    if (kind === 'go') return goExecutableProblems(asReported, 'executable').length === 0
    if (kind === 'unreadable')
      return unreadExecutableProblems(asReported, 'executable').length === 0
    return false
  })
  return valid ? cached.executables : undefined
}
