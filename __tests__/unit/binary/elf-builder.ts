/*
 * Builds small 64-bit little-endian ELF files for the reader's tests: a file header, program
 * headers, the given sections and a section name table. Real Go binaries are read in the
 * Docker suite; these exercise each table and each way a file can be broken.
 */

export interface SectionSpec {
  name: string
  bytes: Uint8Array
  type?: number
  /** Index of the linked section (sh_link), e.g. .dynamic's string table. */
  link?: number
}

export interface ElfSpec {
  sections: SectionSpec[]
  interpreter?: string
}

const SHT_PROGBITS = 1
const SHT_STRTAB = 3

export function buildElf(spec: ElfSpec): Uint8Array {
  const names = [''].concat(
    spec.sections.map(s => s.name),
    ['.shstrtab']
  )
  const nameTable = new TextEncoder().encode(names.join('\0') + '\0')
  const nameOffsets: number[] = []
  let at = 0
  for (const name of names) {
    nameOffsets.push(at)
    at += name.length + 1
  }
  const interp = spec.interpreter ? new TextEncoder().encode(`${spec.interpreter}\0`) : undefined
  const phnum = interp ? 1 : 0
  let offset = 64 + phnum * 56
  const placed: { offset: number; bytes: Uint8Array }[] = []
  const place = (bytes: Uint8Array): number => {
    const here = offset
    placed.push({ offset: here, bytes })
    offset += bytes.length
    return here
  }
  const interpOffset = interp ? place(interp) : 0
  const sectionOffsets = spec.sections.map(s => place(s.bytes))
  const nameTableOffset = place(nameTable)
  offset = Math.ceil(offset / 8) * 8
  const shoff = offset
  const shnum = spec.sections.length + 2
  const file = new Uint8Array(shoff + shnum * 64)
  const view = new DataView(file.buffer)
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0)
  view.setUint16(16, 2, true) // ET_EXEC
  view.setUint16(18, 62, true) // x86-64
  view.setBigUint64(32, BigInt(phnum ? 64 : 0), true)
  view.setBigUint64(40, BigInt(shoff), true)
  view.setUint16(54, 56, true)
  view.setUint16(56, phnum, true)
  view.setUint16(58, 64, true)
  view.setUint16(60, shnum, true)
  view.setUint16(62, shnum - 1, true)
  if (interp) {
    view.setUint32(64, 3, true) // PT_INTERP
    view.setBigUint64(64 + 8, BigInt(interpOffset), true)
    view.setBigUint64(64 + 32, BigInt(interp.length), true)
  }
  for (const { offset: where, bytes } of placed) file.set(bytes, where)
  const header = (
    index: number,
    name: number,
    type: number,
    where: number,
    size: number,
    link = 0
  ): void => {
    const base = shoff + index * 64
    view.setUint32(base, name, true)
    view.setUint32(base + 4, type, true)
    view.setBigUint64(base + 24, BigInt(where), true)
    view.setBigUint64(base + 32, BigInt(size), true)
    view.setUint32(base + 40, link, true)
  }
  spec.sections.forEach((s, i) =>
    header(
      i + 1,
      nameOffsets[i + 1]!,
      s.type ?? SHT_PROGBITS,
      sectionOffsets[i]!,
      s.bytes.length,
      s.link
    )
  )
  header(shnum - 1, nameOffsets[shnum - 1]!, SHT_STRTAB, nameTableOffset, nameTable.length)
  return file
}

/** A `.go.buildinfo` section in the Go 1.18+ inline form. */
export function buildInfoSection(version: string, modinfo: string): Uint8Array {
  const sentinelStart = new Uint8Array(16).fill(0x30)
  const sentinelEnd = new Uint8Array(16).fill(0xf9)
  const text = new TextEncoder()
  const mod = concat(sentinelStart, text.encode(modinfo), sentinelEnd)
  const header = new Uint8Array(32)
  header.set([0xff, ...text.encode(' Go buildinf:')], 0)
  header[14] = 8
  header[15] = 0x2
  return concat(header, varString(text.encode(version)), varString(mod))
}

/** A Go 1.20+ function table (magic 0xfffffff1) of the named functions, each `size` bytes. */
export function functionTableSection(names: string[], size = 64, magic = 0xfffffff1): Uint8Array {
  const text = new TextEncoder()
  const funcnames = concat(...names.map(n => text.encode(`${n}\0`)))
  const headerSize = 8 + 8 * 8
  const funcnameOffset = headerSize
  const functabOffset = funcnameOffset + funcnames.length
  const entries = names.length + 1
  const records = names.length * 8
  const table = new Uint8Array(functabOffset + entries * 8 + records)
  const view = new DataView(table.buffer)
  view.setUint32(0, magic, true)
  table[6] = 1
  table[7] = 8
  view.setBigUint64(8, BigInt(names.length), true)
  view.setBigUint64(8 + 3 * 8, BigInt(funcnameOffset), true)
  view.setBigUint64(8 + 7 * 8, BigInt(functabOffset), true)
  table.set(funcnames, funcnameOffset)
  let nameAt = 0
  names.forEach((name, i) => {
    const recordOffset = entries * 8 + i * 8
    view.setUint32(functabOffset + i * 8, i * size, true)
    view.setUint32(functabOffset + i * 8 + 4, recordOffset, true)
    view.setUint32(functabOffset + recordOffset, i * size, true)
    view.setUint32(functabOffset + recordOffset + 4, nameAt, true)
    nameAt += text.encode(name).length + 1
  })
  view.setUint32(functabOffset + names.length * 8, names.length * size, true)
  return table
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function varString(bytes: Uint8Array): Uint8Array {
  const length: number[] = []
  let n = bytes.length
  while (n >= 0x80) {
    length.push((n & 0x7f) | 0x80)
    n >>= 7
  }
  length.push(n)
  return concat(Uint8Array.from(length), bytes)
}
