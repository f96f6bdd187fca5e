import { chunkedSource, isElf, readGoBinary, type GoBinary } from '../binary/index.js'
import type { TarHeaderLike } from './layer-entries.js'

/*
 * The Go programs of an image, found while its layers stream past for measuring: an entry whose
 * mode has an execute bit and whose first bytes are ELF is held (up to a size cap) until it ends,
 * then read; only the facts are kept, never the bytes.
 */

/** Go binaries larger than any real one are measured but not read, so memory stays bounded. */
export const MAX_EXECUTABLE_BYTES = 256 * 1024 * 1024

/**
 * Names what reading a layer's executables yields, for the layer cache: change it whenever the
 * reader finds other facts (a field added to GoBinary, a fix to a table's reading, another cap),
 * so that entries cached by an older reader are read again rather than reported.
 */
export const EXECUTABLES_READER = `go-executables-1 cap-${MAX_EXECUTABLE_BYTES}`

/** What one layer's executables turned out to be (ELF files with no Go in them are left out). */
export type LayerExecutable =
  | ({ path: string; kind: 'go' } & GoBinary)
  | { path: string; kind: 'unreadable'; bytes: number; reason: string }

/** Collects the body of one tar entry that may be a Go executable. */
export interface ExecutableSink {
  write(chunk: Buffer): void
  /** Reads what was collected; undefined when it was no Go executable. */
  end(): LayerExecutable | undefined
}

/** A sink for an entry that may be an executable, or undefined for one that cannot be. */
export function executableSink(
  header: TarHeaderLike & { mode?: number },
  path: string
): ExecutableSink | undefined {
  const size = header.size ?? 0
  const executable = ((header.mode ?? 0) & 0o111) !== 0
  const regular = header.type === 'file' || header.type === 'contiguous-file' || !header.type
  if (!executable || !regular || size < 64) return undefined
  const chunks: Buffer[] = []
  let elf: boolean | undefined
  return {
    write(chunk) {
      if (elf === undefined) elf = isElf(chunk)
      if (elf && size <= MAX_EXECUTABLE_BYTES) chunks.push(chunk)
    },
    end() {
      if (!elf) return undefined
      if (size > MAX_EXECUTABLE_BYTES) {
        return {
          path,
          kind: 'unreadable',
          bytes: size,
          reason: `an ELF executable larger than the ${MAX_EXECUTABLE_BYTES / 1024 / 1024} MiB read limit`
        }
      }
      const reading = readGoBinary(chunkedSource(chunks))
      if (reading.kind === 'not-go') return undefined
      if (reading.kind === 'unreadable') {
        return { path, kind: 'unreadable', bytes: size, reason: reading.reason }
      }
      return { path, kind: 'go', ...reading.binary }
    }
  }
}
