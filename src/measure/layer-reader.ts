import { once } from 'node:events'
import tar from 'tar-stream'
import { BlockGzipSizer } from './block-gzip.js'
import type { DeflateWorkers } from './deflate-workers.js'
import { keepsText } from './filesystem-facts.js'
import { executableSink, type LayerExecutable } from './go-executables.js'
import { toLayerEntry, type LayerEntry } from './layer-entries.js'
import { countPackages, isPackageDatabase, MAX_DATABASE_BYTES } from './package-databases.js'

/** What one pass over an uncompressed layer tar tells. */
export interface LayerContents {
  /** Bytes of the uncompressed tar. */
  size: number
  /** Our gzip size, or undefined when the caller already knew it and skipped compression. */
  compressedSize: number | undefined
  /** Regular files (whiteouts excluded). */
  files: number
  entries: LayerEntry[]
  /** The Go executables the layer writes, and the executables that could not be read. */
  executables: LayerExecutable[]
}

/**
 * Reads an uncompressed layer tar once, as it streams: counts its bytes, lists what each entry does
 * to the filesystem, and (given deflate workers) sizes it as gzip. Nothing is held whole.
 */
export async function readLayer(
  tarChunks: AsyncIterable<Buffer>,
  options: {
    compressWith: DeflateWorkers | undefined
    /** Read the Go executables and the package databases (on unless false). */
    readContents?: boolean
    /** The layer's executables as an earlier run read them: taken as they are, not read again. */
    knownExecutables?: LayerExecutable[]
  }
): Promise<LayerContents> {
  const contents = options.readContents !== false
  const workers = options.compressWith
  const sizer = workers ? new BlockGzipSizer({ workers }) : undefined
  const entries: LayerEntry[] = []
  const executables: LayerExecutable[] = []
  let files = 0
  let size = 0

  const extract = tar.extract()
  extract.on('entry', (header, body, next) => {
    const entry = toLayerEntry(header)
    if (entry) {
      entries.push(entry)
      if (entry.kind === 'file') files++
    }
    // Small text files (/etc/passwd) are kept whole, Go executables read as they pass, package
    // databases counted once they have.
    const file = entry?.kind === 'file' ? entry : undefined
    const text: Buffer[] | undefined = file && keepsText(file.path, file.bytes) ? [] : undefined
    const database: Buffer[] | undefined =
      contents && file && isPackageDatabase(file.path) && file.bytes <= MAX_DATABASE_BYTES
        ? []
        : undefined
    const sink =
      contents && !options.knownExecutables && file ? executableSink(header, file.path) : undefined
    if (text || database || sink) {
      body.on('data', (data: unknown) => {
        const chunk = data as Buffer
        text?.push(chunk)
        database?.push(chunk)
        sink?.write(chunk)
      })
    }
    body.on('end', () => {
      if (entry && text) entry.text = Buffer.concat(text).toString('utf8')
      if (file && database) {
        file.packages = countPackages(file.path, Buffer.concat(database).toString('utf8'))
      }
      const executable = sink?.end()
      if (executable) executables.push(executable)
      next()
    })
    body.resume()
  })
  const parsed = new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve)
    extract.on('error', reject)
  })
  // Without a listener the rejection would surface as unhandled before we await it.
  parsed.catch(() => undefined)

  for await (const chunk of tarChunks) {
    size += chunk.length
    if (!extract.write(chunk)) await Promise.race([once(extract, 'drain'), parsed])
    if (sizer) await sizer.write(chunk)
  }
  extract.end(undefined)
  await parsed
  return {
    size,
    compressedSize: sizer ? await sizer.end() : undefined,
    files,
    entries,
    executables: options.knownExecutables ?? executables
  }
}
