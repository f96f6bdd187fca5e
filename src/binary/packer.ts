import type { ByteSource } from './byte-source.js'

/*
 * UPX writes its `l_info` block right after the ELF and program headers of the stub it puts in
 * front of the compressed program: a 4-byte checksum, then the magic `UPX!` (55 50 58 21). The
 * packed program's sections, build info and function table are compressed behind it.
 */

const UPX_MAGIC = [0x55, 0x50, 0x58, 0x21] // "UPX!"
// The stub's headers are a few hundred bytes; the magic follows them.
const SEARCH_BYTES = 1024

/** `upx` when the executable is packed with UPX, else null. */
export function packerOf(source: ByteSource): 'upx' | null {
  const head = source.read(0, Math.min(source.length, SEARCH_BYTES))
  for (let at = head.indexOf(UPX_MAGIC[0]!); at !== -1; at = head.indexOf(UPX_MAGIC[0]!, at + 1)) {
    if (at + UPX_MAGIC.length > head.length) break
    if (UPX_MAGIC.every((byte, i) => head[at + i] === byte)) return 'upx'
  }
  return null
}
