// BuildKit's Dockerfile reader gives up on a line longer than this many bytes, and then names the
// wrong line (`Dockerfile:1`) and prints the whole line back.
const MAX_LINE_BYTES = 65_535

/** Why BuildKit cannot read these Dockerfile bytes, with the 1-based line at fault; else undefined. */
export interface UnreadableDockerfile {
  line?: number
  reason: string
}

/**
 * Checks what BuildKit itself cannot read, before it is asked to: binary data (a NUL byte or
 * bytes that are not UTF-8), where BuildKit says only `Internal: Internal: …`, and over-long lines.
 */
export function unreadableDockerfile(bytes: Uint8Array): UnreadableDockerfile | undefined {
  const nul = bytes.indexOf(0)
  if (nul >= 0 || !isUtf8(bytes)) {
    const at = nul >= 0 ? nul : firstInvalidUtf8(bytes)
    return {
      line: lineAt(bytes, at),
      reason: `the Dockerfile holds binary data (byte ${at + 1} is not text): set file to a text Dockerfile`
    }
  }
  let start = 0
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start)
    const stop = end < 0 ? bytes.length : end
    if (stop - start > MAX_LINE_BYTES) {
      return {
        line,
        reason: `line ${line} of the Dockerfile is ${(stop - start).toLocaleString('en-US')} bytes long; BuildKit reads lines of at most ${MAX_LINE_BYTES.toLocaleString('en-US')} bytes: split it with a trailing \\ or move the text into a file`
      }
    }
    if (end < 0) break
    start = end + 1
  }
  return undefined
}

function isUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) < 0
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    decoder.decode(bytes)
    return -1
  } catch {
    // Narrow down the first byte that does not decode, halving the prefix each time.
    let low = 0
    let high = bytes.length
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if (decodes(bytes.subarray(0, middle))) low = middle
      else high = middle
    }
    // The prefix may end inside the sequence that breaks: point at where that sequence starts.
    let start = low
    while (start > 0 && ((bytes[start - 1] as number) & 0xc0) === 0x80) start--
    return start > 0 && (bytes[start - 1] as number) >= 0xc0 ? start - 1 : low
  }
}

/** True when `bytes` decode as UTF-8, allowing a sequence cut off at the end. */
function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}
