import { BinaryFormatError, cString, Fields, type ByteSource } from './byte-source.js'

/*
 * The parts of an ELF file (System V ABI, 32 and 64 bit, either byte order) that say what a
 * program needs to run and where its Go tables are: the file header, the program headers
 * (PT_INTERP, PT_LOAD, PT_DYNAMIC), the section headers with their names, and the DT_NEEDED
 * entries of the dynamic section.
 */

export const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46] // "\x7fELF"

export type ElfType = 'relocatable' | 'executable' | 'shared-object' | 'core' | 'other'

export interface ElfSection {
  name: string
  type: number
  /** Virtual address when loaded; 0 for sections that are not. */
  address: number
  offset: number
  size: number
  /** False for SHT_NOBITS (.bss): the section takes no bytes of the file. */
  inFile: boolean
}

export interface ElfSegment {
  type: number
  flags: number
  offset: number
  address: number
  fileSize: number
}

/** A table of the file's own: the ELF header, the program headers or the section headers. */
export interface ElfTable {
  name: 'ELF header' | 'program headers' | 'section headers'
  offset: number
  size: number
}

export interface ElfFile {
  bits: 32 | 64
  littleEndian: boolean
  type: ElfType
  /** e_machine, e.g. 62 for x86-64, 183 for AArch64. */
  machine: number
  segments: ElfSegment[]
  sections: ElfSection[]
  /** Where the file header and the two header tables sit, for the parts that add up to the file. */
  tables: ElfTable[]
  /** The program interpreter (PT_INTERP), e.g. `/lib64/ld-linux-x86-64.so.2`. */
  interpreter?: string
  /** The shared libraries the dynamic section asks for (DT_NEEDED), in order. */
  needed: string[]
  fields: Fields
}

export const PT_LOAD = 1
const PT_DYNAMIC = 2
const PT_INTERP = 3
export const PF_W = 2
const SHT_NOBITS = 8
const SHT_DYNAMIC = 6
const DT_NULL = 0
const DT_NEEDED = 1
const DT_STRTAB = 5
const SHN_XINDEX = 0xffff
// More headers than any real file has: a corrupt count must not make the reader loop for long.
const MAX_HEADERS = 65_536

const TYPES: Record<number, ElfType> = {
  1: 'relocatable',
  2: 'executable',
  3: 'shared-object',
  4: 'core'
}

/** True when the bytes start like an ELF file. */
export function isElf(head: Uint8Array): boolean {
  return head.length >= 4 && ELF_MAGIC.every((byte, i) => head[i] === byte)
}

/** Reads the headers of an ELF file; throws a BinaryFormatError when they do not hold together. */
export function readElf(source: ByteSource): ElfFile {
  const ident = source.read(0, Math.min(source.length, 64))
  if (!isElf(ident)) throw new BinaryFormatError('it is not an ELF file (no \\x7fELF magic)')
  if (ident.length < 52) throw new BinaryFormatError('its ELF header is cut short')
  const bits = ident[4] === 1 ? 32 : ident[4] === 2 ? 64 : undefined
  if (!bits) throw new BinaryFormatError(`its ELF class ${ident[4]} is neither 32 nor 64 bit`)
  if (ident[5] !== 1 && ident[5] !== 2) {
    throw new BinaryFormatError(
      `its ELF data encoding ${ident[5]} is neither little nor big endian`
    )
  }
  const fields = new Fields(ident[5] === 1)
  const header = bits === 64 ? source.read(0, 64) : source.read(0, 52)
  const w = bits / 8
  const at = (offset32: number, offset64: number): number => (bits === 64 ? offset64 : offset32)
  const ehsize = fields.u16(header, at(40, 52))
  const phoff = fields.word(header, at(28, 32), w)
  const shoff = fields.word(header, at(32, 40), w)
  const phentsize = fields.u16(header, at(42, 54))
  const phnum = fields.u16(header, at(44, 56))
  const shentsize = fields.u16(header, at(46, 58))
  let shnum = fields.u16(header, at(48, 60))
  let shstrndx = fields.u16(header, at(50, 62))

  const segments = readSegments(source, fields, bits, phoff, phentsize, phnum)
  let sections: (ElfSection & { link: number })[] = []
  if (shoff !== 0) {
    if (shentsize < (bits === 64 ? 64 : 40)) {
      throw new BinaryFormatError(`its section headers are ${shentsize} bytes, too short`)
    }
    // Past 0xff00 sections, the count and the name table's index live in section 0.
    const first = readSectionHeader(source, fields, bits, shoff)
    if (shnum === 0) shnum = first.size
    if (shstrndx === SHN_XINDEX) shstrndx = first.link
    if (shnum > MAX_HEADERS) throw new BinaryFormatError(`it claims ${shnum} sections`)
    const raw = Array.from({ length: shnum }, (_, i) =>
      readSectionHeader(source, fields, bits, shoff + i * shentsize)
    )
    const names = raw[shstrndx]
    const nameTable =
      names && names.type !== SHT_NOBITS ? source.read(names.offset, names.size) : undefined
    sections = raw.map(section => ({
      name: nameTable ? cString(nameTable, section.nameOffset) : '',
      type: section.type,
      address: section.address,
      offset: section.offset,
      size: section.size,
      inFile: section.type !== SHT_NOBITS,
      link: section.link
    }))
  }
  const tables: ElfTable[] = [
    { name: 'ELF header', offset: 0, size: ehsize },
    { name: 'program headers', offset: phoff, size: phoff === 0 ? 0 : phnum * phentsize },
    { name: 'section headers', offset: shoff, size: shoff === 0 ? 0 : shnum * shentsize }
  ]
  const interp = segments.find(segment => segment.type === PT_INTERP)
  const interpreter = interp ? cString(source.read(interp.offset, interp.fileSize), 0) : undefined
  return {
    bits,
    littleEndian: fields.littleEndian,
    type: TYPES[fields.u16(header, 16)] ?? 'other',
    machine: fields.u16(header, 18),
    segments,
    sections: sections.map(({ name, type, address, offset, size, inFile }) => ({
      name,
      type,
      address,
      offset,
      size,
      inFile
    })),
    tables: tables.filter(table => table.size > 0),
    interpreter,
    needed: readNeeded(source, fields, bits, segments, sections),
    fields
  }
}

function readSegments(
  source: ByteSource,
  fields: Fields,
  bits: 32 | 64,
  phoff: number,
  phentsize: number,
  phnum: number
): ElfSegment[] {
  if (phnum === 0 || phoff === 0) return []
  if (phentsize < (bits === 64 ? 56 : 32)) {
    throw new BinaryFormatError(`its program headers are ${phentsize} bytes, too short`)
  }
  return Array.from({ length: Math.min(phnum, MAX_HEADERS) }, (_, i) => {
    const bytes = source.read(phoff + i * phentsize, bits === 64 ? 56 : 32)
    return bits === 64
      ? {
          type: fields.u32(bytes, 0),
          flags: fields.u32(bytes, 4),
          offset: fields.u64(bytes, 8),
          address: fields.u64(bytes, 16),
          fileSize: fields.u64(bytes, 32)
        }
      : {
          type: fields.u32(bytes, 0),
          offset: fields.u32(bytes, 4),
          address: fields.u32(bytes, 8),
          fileSize: fields.u32(bytes, 16),
          flags: fields.u32(bytes, 24)
        }
  })
}

interface RawSection {
  nameOffset: number
  type: number
  address: number
  offset: number
  size: number
  link: number
}

function readSectionHeader(
  source: ByteSource,
  fields: Fields,
  bits: 32 | 64,
  at: number
): RawSection {
  const bytes = source.read(at, bits === 64 ? 64 : 40)
  return bits === 64
    ? {
        nameOffset: fields.u32(bytes, 0),
        type: fields.u32(bytes, 4),
        address: fields.u64(bytes, 16),
        offset: fields.u64(bytes, 24),
        size: fields.u64(bytes, 32),
        link: fields.u32(bytes, 40)
      }
    : {
        nameOffset: fields.u32(bytes, 0),
        type: fields.u32(bytes, 4),
        address: fields.u32(bytes, 12),
        offset: fields.u32(bytes, 16),
        size: fields.u32(bytes, 20),
        link: fields.u32(bytes, 24)
      }
}

/**
 * The DT_NEEDED names. The dynamic section is found through its section header when there is
 * one (its sh_link names the string table), else through PT_DYNAMIC and DT_STRTAB's address.
 */
function readNeeded(
  source: ByteSource,
  fields: Fields,
  bits: 32 | 64,
  segments: readonly ElfSegment[],
  sections: readonly (ElfSection & { link: number })[]
): string[] {
  const dynamicSection = sections.find(section => section.type === SHT_DYNAMIC)
  const dynamicSegment = segments.find(segment => segment.type === PT_DYNAMIC)
  const where = dynamicSection
    ? { offset: dynamicSection.offset, size: dynamicSection.size }
    : dynamicSegment
      ? { offset: dynamicSegment.offset, size: dynamicSegment.fileSize }
      : undefined
  if (!where) return []
  const entrySize = bits === 64 ? 16 : 8
  const bytes = source.read(where.offset, where.size - (where.size % entrySize))
  const needed: number[] = []
  let strtabAddress: number | undefined
  for (let at = 0; at + entrySize <= bytes.length; at += entrySize) {
    const tag = fields.word(bytes, at, entrySize / 2)
    const value = fields.word(bytes, at + entrySize / 2, entrySize / 2)
    if (tag === DT_NULL) break
    if (tag === DT_NEEDED) needed.push(value)
    if (tag === DT_STRTAB) strtabAddress = value
  }
  if (needed.length === 0) return []
  const linked = dynamicSection ? sections[dynamicSection.link] : undefined
  const strtab = linked
    ? { offset: linked.offset, size: linked.size }
    : strtabAddress !== undefined
      ? fileRange(segments, strtabAddress)
      : undefined
  if (!strtab) throw new BinaryFormatError('its dynamic section names no string table')
  const table = source.read(strtab.offset, strtab.size)
  return needed.map(offset => cString(table, offset))
}

/** Where the loaded bytes at `address` sit in the file, through the PT_LOAD that maps them. */
export function fileRange(
  segments: readonly ElfSegment[],
  address: number
): { offset: number; size: number } | undefined {
  const load = segments.find(
    s => s.type === PT_LOAD && address >= s.address && address < s.address + s.fileSize
  )
  if (!load) return undefined
  const within = address - load.address
  return { offset: load.offset + within, size: load.fileSize - within }
}
