/**
 * The bytes of one file, read at any offset. A file arrives from a layer tar as a list of chunks;
 * reading across them copies only the range asked for, so a binary that turns out not to be Go
 * is never joined into one buffer.
 */
export interface ByteSource {
  readonly length: number
  /** `length` bytes from `offset`; throws a BinaryFormatError past the end of the file. */
  read(offset: number, length: number): Uint8Array
}

/** A file that does not hold what its headers promise: reported, never thrown past the reader. */
export class BinaryFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BinaryFormatError'
  }
}

/** A ByteSource over the chunks a file streamed in, in order. */
export function chunkedSource(chunks: readonly Uint8Array[]): ByteSource {
  const starts: number[] = []
  let length = 0
  for (const chunk of chunks) {
    starts.push(length)
    length += chunk.length
  }
  const chunkAt = (offset: number): number => {
    let low = 0
    let high = chunks.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
  return {
    length,
    read(offset, size) {
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(size) || offset < 0 || size < 0) {
        throw new BinaryFormatError(`a read at offset ${offset} of ${size} bytes is out of range`)
      }
      if (offset + size > length) {
        throw new BinaryFormatError(
          `a header points past the end of the file (byte ${offset + size} of ${length})`
        )
      }
      if (size === 0) return new Uint8Array(0)
      let index = chunkAt(offset)
      const first = chunks[index] as Uint8Array
      const within = offset - (starts[index] as number)
      if (within + size <= first.length) return first.subarray(within, within + size)
      const out = new Uint8Array(size)
      let written = 0
      let from = within
      while (written < size) {
        const chunk = chunks[index] as Uint8Array
        const part = chunk.subarray(from, Math.min(chunk.length, from + size - written))
        out.set(part, written)
        written += part.length
        index++
        from = 0
      }
      return out
    }
  }
}

/**
 * Reads the unsigned integers of one file in its byte order. The function table alone asks for
 * hundreds of thousands of fields, so they are put together from the bytes rather than through a
 * DataView made for each one.
 */
export class Fields {
  constructor(readonly littleEndian: boolean) {}

  u16(bytes: Uint8Array, at: number): number {
    inRange(bytes, at, 2)
    const first = bytes[at]!
    const second = bytes[at + 1]!
    return this.littleEndian ? first | (second << 8) : (first << 8) | second
  }

  u32(bytes: Uint8Array, at: number): number {
    inRange(bytes, at, 4)
    const b0 = bytes[at]!
    const b1 = bytes[at + 1]!
    const b2 = bytes[at + 2]!
    const b3 = bytes[at + 3]!
    return this.littleEndian
      ? (b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)) >>> 0
      : ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0
  }

  /** A 64-bit field as a number; offsets and sizes past 2^53 are not a real file's. */
  u64(bytes: Uint8Array, at: number): number {
    const low = this.u32(bytes, this.littleEndian ? at : at + 4)
    const high = this.u32(bytes, this.littleEndian ? at + 4 : at)
    if (high > 0x1fffff) {
      const value = (BigInt(high) << 32n) | BigInt(low)
      throw new BinaryFormatError(`a 64-bit field holds ${value}, larger than any file`)
    }
    return high * 0x1_0000_0000 + low
  }

  /** A pointer-sized field: 4 or 8 bytes. */
  word(bytes: Uint8Array, at: number, size: number): number {
    return size === 8 ? this.u64(bytes, at) : this.u32(bytes, at)
  }
}

/** Throws as a DataView would for a field that does not fit in the bytes. */
function inRange(bytes: Uint8Array, at: number, size: number): void {
  if (!(at >= 0 && at + size <= bytes.length)) throw new RangeError('Offset is outside the bounds')
}

const utf8 = new TextDecoder()

/** The NUL-terminated string at `at`, or the rest of the bytes when there is no NUL. */
export function cString(bytes: Uint8Array, at: number): string {
  const nul = bytes.indexOf(0, at)
  return utf8.decode(bytes.subarray(at, nul === -1 ? bytes.length : nul))
}
