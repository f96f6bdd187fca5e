import { BinaryFormatError, Fields, type ByteSource } from './byte-source.js'
import type { ElfFile } from './elf.js'

/*
 * The Go function table (`.gopclntab`), which the runtime needs for stack traces and so keeps
 * even in a binary stripped with `-s -w`. It starts with a 4-byte magic that tells its layout:
 *   0xfffffffb  Go 1.2 to 1.15   functab right after the 8 + ptrSize header
 *   0xfffffffa  Go 1.16, 1.17    header of offsets: nfunc, nfiles, funcname, cu, filetab, pctab, pcln
 *   0xfffffff0  Go 1.18, 1.19    the same with textStart after nfiles; entries are 32-bit offsets
 *   0xfffffff1  Go 1.20 and later  the same layout as 1.18
 * then two zero bytes, the instruction size quantum and the pointer size. The functab holds one
 * (entry, offset of the func record) pair per function plus a closing entry at the end of the
 * text; a func record starts with its entry and the offset of its name.
 */

export interface GoFunction {
  /** The linker's name, e.g. `net/http.(*Server).Serve` or `gopkg.in/yaml%2ev3.Unmarshal`. */
  name: string
  /** Bytes of code from its entry to the next function's (alignment padding included). */
  size: number
}

const MAGIC_12 = 0xfffffffb
const MAGIC_116 = 0xfffffffa
const MAGIC_118 = 0xfffffff0
const MAGIC_120 = 0xfffffff1

/** Every function of the table, in address order; undefined when the binary has no table. */
export function readFunctionTable(source: ByteSource, elf: ElfFile): GoFunction[] | undefined {
  const section = elf.sections.find(s => s.name === '.gopclntab' && s.inFile)
  if (!section) return undefined
  const table = source.read(section.offset, section.size)
  if (table.length < 16) throw new BinaryFormatError('its Go function table is cut short')
  const fields = new Fields(elf.littleEndian)
  const magic = fields.u32(table, 0)
  const pointerSize = table[7] as number
  if (table[4] !== 0 || table[5] !== 0 || (pointerSize !== 4 && pointerSize !== 8)) {
    throw new BinaryFormatError('its Go function table header is not one Go writes')
  }
  const word = (at: number): number => fields.word(table, at, pointerSize)
  switch (magic) {
    case MAGIC_118:
    case MAGIC_120: {
      const nfunc = word(8)
      const funcnames = word(8 + 3 * pointerSize)
      const functab = word(8 + 7 * pointerSize)
      return functions(
        nfunc,
        i => {
          const at = functab + i * 8
          return { entry: fields.u32(table, at), record: functab + fields.u32(table, at + 4) }
        },
        record => funcnames + fields.u32(table, record + 4),
        table
      )
    }
    case MAGIC_116: {
      const nfunc = word(8)
      const funcnames = word(8 + 2 * pointerSize)
      const functab = word(8 + 6 * pointerSize)
      return functions(
        nfunc,
        i => {
          const at = functab + i * 2 * pointerSize
          return { entry: word(at), record: functab + word(at + pointerSize) }
        },
        record => funcnames + fields.u32(table, record + pointerSize),
        table
      )
    }
    case MAGIC_12: {
      const nfunc = word(8)
      const functab = 8 + pointerSize
      return functions(
        nfunc,
        i => {
          const at = functab + i * 2 * pointerSize
          return { entry: word(at), record: word(at + pointerSize) }
        },
        record => fields.u32(table, record + pointerSize),
        table
      )
    }
    default:
      throw new BinaryFormatError(
        `its Go function table has the magic 0x${magic.toString(16)}, which no Go release from 1.2 on writes`
      )
  }
}

function functions(
  count: number,
  entryAt: (index: number) => { entry: number; record: number },
  nameAt: (record: number) => number,
  table: Uint8Array
): GoFunction[] {
  if (count * 8 > table.length)
    throw new BinaryFormatError(`its Go function table claims ${count} functions`)
  const out: GoFunction[] = []
  // A binary holds tens of thousands of names: Buffer decodes short ones faster than TextDecoder.
  const text = Buffer.from(table.buffer, table.byteOffset, table.byteLength)
  let current = entryAt(0)
  for (let i = 0; i < count; i++) {
    const next = entryAt(i + 1)
    const nameOffset = nameAt(current.record)
    if (nameOffset >= table.length)
      throw new BinaryFormatError('a Go function name lies outside its table')
    const end = text.indexOf(0, nameOffset)
    const name = text.toString('utf8', nameOffset, end === -1 ? text.length : end)
    out.push({ name, size: Math.max(0, next.entry - current.entry) })
    current = next
  }
  return out
}
