import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import tar from 'tar-stream'
import type { DeflateWorkers } from './deflate-workers.js'
import type { LayerExecutable } from './go-executables.js'
import { readLayer, type LayerContents } from './layer-reader.js'
import type { CompressedSource, KnownCompressedSize } from './types.js'

/** A layer's contents with its compressed size: the blob's, known beforehand, or estimated now. */
export type SizedLayerContents = LayerContents & {
  compressedSize: number
  compressedSource: CompressedSource
}

/** What one file of a `docker save` archive turned out to be, judged by its content. */
export type SavedFile =
  | { kind: 'json'; value: unknown; digest: string }
  | {
      kind: 'layer'
      contents: SizedLayerContents
      compressedSizeWasKnown: boolean
      /** Its executables came from an earlier run's reading, not from this one. */
      executablesWereKnown: boolean
    }
  | { kind: 'unreadable'; reason: string }

export interface ReadSavedImageOptions {
  /**
   * A compressed size known for the uncompressed blob at this archive path (from a registry
   * manifest or an earlier run); its layer is then not compressed.
   */
  knownCompressedSize(path: string): Promise<KnownCompressedSize | undefined>
  /** The executables an earlier run read from the blob at this archive path. */
  knownExecutables(path: string): Promise<LayerExecutable[] | undefined>
  /** The threads that compress the layers whose size is not known. */
  workers: DeflateWorkers
  /** Read the Go executables and the package databases of the layers (on unless false). */
  readContents?: boolean
  /** Told when a layer starts, and of each chunk of uncompressed layer tar read. */
  onLayerStart?: () => void
  onLayerBytes?: (bytes: number) => void
}

/** JSON documents (configs, manifests, indexes) are small; anything larger is not one. */
const MAX_JSON_BYTES = 16 * 1024 * 1024
const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

/**
 * Reads a `docker save` archive in one pass, in whatever order its files come: the classic store's
 * (manifest.json and uncompressed layer blobs) and the containerd store's OCI layout (blobs that
 * may be gzip-compressed). Layers are measured as they pass and never held; JSON files are kept so
 * the caller can join layers to the manifest and config afterwards. Keys are archive paths.
 */
export async function readSavedImage(
  archive: Readable,
  options: ReadSavedImageOptions
): Promise<Map<string, SavedFile>> {
  const files = new Map<string, SavedFile>()
  const extract = tar.extract()
  archive.on('error', error => extract.destroy(error))
  archive.pipe(extract as unknown as NodeJS.WritableStream)
  for await (const entry of extract) {
    const chunks = entry as AsyncIterable<Buffer>
    const { name, type, size } = entry.header
    const path = name.replace(/^\.\//, '')
    if (type !== 'file' || !mayHoldImageData(path)) {
      await drain(chunks)
      continue
    }
    files.set(path, await readSavedFile(path, size, chunks, options))
  }
  return files
}

function mayHoldImageData(path: string): boolean {
  return path.startsWith('blobs/') || path.endsWith('.json') || path.endsWith('.tar')
}

async function readSavedFile(
  path: string,
  size: number,
  chunks: AsyncIterable<Buffer>,
  options: ReadSavedImageOptions
): Promise<SavedFile> {
  const iterator = chunks[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value
  const all = prepend(head, iterator)

  if (startsWith(head, ZSTD_MAGIC)) {
    await drain(iterator)
    return {
      kind: 'unreadable',
      reason:
        'it is zstd-compressed, which Node.js cannot read here; build with --output type=image,compression=gzip'
    }
  }
  if (looksLikeJson(head) && size <= MAX_JSON_BYTES) return readJson(all)

  options.onLayerStart?.()
  try {
    const knownExecutables =
      options.readContents === false ? undefined : await options.knownExecutables(path)
    // A compressed blob is what the store pushes and pulls: its own size is the compressed size.
    if (startsWith(head, GZIP_MAGIC)) {
      const contents = await gunzipInto(
        chunks =>
          readLayer(counted(chunks, options.onLayerBytes), {
            compressWith: undefined,
            readContents: options.readContents,
            knownExecutables
          }),
        all
      )
      return {
        kind: 'layer',
        contents: { ...contents, compressedSize: size, compressedSource: 'blob' },
        compressedSizeWasKnown: true,
        executablesWereKnown: knownExecutables !== undefined
      }
    }
    const known = await options.knownCompressedSize(path)
    const contents = await readLayer(counted(all, options.onLayerBytes), {
      compressWith: known === undefined ? options.workers : undefined,
      readContents: options.readContents,
      knownExecutables
    })
    const sized = known ?? {
      compressedSize: contents.compressedSize,
      compressedSource: 'estimate' as const
    }
    if (sized.compressedSize === undefined)
      throw new Error('its compressed size was never computed')
    return {
      kind: 'layer',
      contents: {
        ...contents,
        compressedSize: sized.compressedSize,
        compressedSource: sized.compressedSource
      },
      compressedSizeWasKnown: known !== undefined,
      executablesWereKnown: knownExecutables !== undefined
    }
  } catch (error) {
    // The reader may have stopped part-way; the archive only moves on once this file is consumed.
    await drain(iterator)
    return { kind: 'unreadable', reason: `it is not a layer tar (${(error as Error).message})` }
  }
}

async function gunzipInto<T>(
  consume: (chunks: AsyncIterable<Buffer>) => Promise<T>,
  compressed: AsyncIterable<Buffer>
): Promise<T> {
  let result: T | undefined
  await pipeline(
    Readable.from(compressed),
    createGunzip(),
    async (chunks: AsyncIterable<Buffer>) => {
      result = await consume(chunks)
    }
  )
  return result as T
}

async function readJson(chunks: AsyncIterable<Buffer>): Promise<SavedFile> {
  const parts: Buffer[] = []
  for await (const chunk of chunks) parts.push(chunk)
  const bytes = Buffer.concat(parts)
  try {
    return {
      kind: 'json',
      value: JSON.parse(bytes.toString('utf8')),
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    }
  } catch (error) {
    return { kind: 'unreadable', reason: `it is not JSON (${(error as Error).message})` }
  }
}

function looksLikeJson(head: Buffer): boolean {
  for (const byte of head) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue
    return byte === 0x7b || byte === 0x5b
  }
  return false
}

function startsWith(head: Buffer, magic: readonly number[]): boolean {
  return head.length >= magic.length && magic.every((byte, i) => head[i] === byte)
}

async function* counted(
  chunks: AsyncIterable<Buffer>,
  onBytes: ((bytes: number) => void) | undefined
): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes?.(chunk.length)
    yield chunk
  }
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head
  for (;;) {
    const next = await rest.next()
    if (next.done) return
    yield next.value
  }
}

async function drain(chunks: AsyncIterable<Buffer> | AsyncIterator<Buffer>): Promise<void> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks
  while (!(await iterator.next()).done) {
    // Only moving the archive along.
  }
}
