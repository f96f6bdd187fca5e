import { BinaryFormatError, Fields, type ByteSource } from './byte-source.js'
import { fileRange, PF_W, PT_LOAD, type ElfFile } from './elf.js'

/*
 * The build information the Go linker writes into every binary (what `go version -m` prints):
 * a 32-byte header in the `.go.buildinfo` section, starting with the magic `\xff Go buildinf:`,
 * then a pointer size byte and a flags byte. From Go 1.18 (flag 0x2) the version and the module
 * information follow the header inline, each a uvarint length and its bytes; before, the header
 * holds two pointers to Go string headers. The module information is framed by two 16-byte
 * sentinels and reads as lines: `path`, `mod`, `dep`, `=>` (a replacement) and `build KEY=VALUE`.
 */

export const BUILDINFO_MAGIC = [
  0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a
] // "\xff Go buildinf:"
const HEADER_SIZE = 32
const FLAG_BIG_ENDIAN = 0x1
const FLAG_INLINE_STRINGS = 0x2
// Without a section, cmd/go searches this much of the first writable segment for the magic.
const SEARCH_LIMIT = 64 * 1024

export interface GoModule {
  path: string
  version: string
  /** The go.sum hash, when the build recorded one. */
  sum?: string
  /** `=> path version`: the module the build used in its place. */
  replacedBy?: { path: string; version: string }
}

export interface GoBuildInfo {
  /** `go1.22.4`; undefined when the binary holds no readable version. */
  goVersion?: string
  /** The main package's import path (`path` line). */
  path?: string
  mainModule?: GoModule
  dependencies: GoModule[]
  /** `build` lines in order: `-ldflags`, `-tags`, `-trimpath`, `CGO_ENABLED`, `GOOS`, `vcs.revision`… */
  settings: Record<string, string>
}

/** The build information of a Go binary, or undefined when the file has none (it is not Go). */
export function readBuildInfo(source: ByteSource, elf: ElfFile): GoBuildInfo | undefined {
  const at = locateHeader(source, elf)
  if (at === undefined) return undefined
  const header = source.read(at, HEADER_SIZE)
  const pointerSize = header[14] as number
  const flags = header[15] as number
  if (flags & FLAG_INLINE_STRINGS) {
    const rest = source.read(at + HEADER_SIZE, Math.min(source.length - at - HEADER_SIZE, 1 << 20))
    const version = readVarString(rest, 0)
    const modinfo = readVarString(rest, version.end)
    return { ...parseModinfo(stripSentinels(modinfo.text)), goVersion: version.text || undefined }
  }
  if (pointerSize !== 4 && pointerSize !== 8) {
    throw new BinaryFormatError(`its Go build info has a pointer size of ${pointerSize}`)
  }
  const fields = new Fields(!(flags & FLAG_BIG_ENDIAN))
  const version = readGoString(
    source,
    elf,
    fields,
    fields.word(header, 16, pointerSize),
    pointerSize
  )
  const modinfo = readGoString(
    source,
    elf,
    fields,
    fields.word(header, 16 + pointerSize, pointerSize),
    pointerSize
  )
  return { ...parseModinfo(stripSentinels(modinfo)), goVersion: version || undefined }
}

function locateHeader(source: ByteSource, elf: ElfFile): number | undefined {
  const section = elf.sections.find(s => s.name === '.go.buildinfo')
  if (section) {
    const head = source.read(section.offset, Math.min(section.size, HEADER_SIZE))
    return startsWithMagic(head, 0) ? section.offset : undefined
  }
  // A file with section headers but no .go.buildinfo is no Go 1.18+ program (most ELF files of an
  // image: the C programs of its distribution), and is not searched.
  if (elf.sections.length > 0) return undefined
  // Section headers stripped: the header sits 16-byte aligned near the start of the data.
  const data = elf.segments.find(s => s.type === PT_LOAD && s.flags & PF_W)
  if (!data) return undefined
  const bytes = source.read(data.offset, Math.min(data.fileSize, SEARCH_LIMIT))
  for (let at = 0; at + HEADER_SIZE <= bytes.length; at += 16) {
    if (startsWithMagic(bytes, at)) return data.offset + at
  }
  return undefined
}

function startsWithMagic(bytes: Uint8Array, at: number): boolean {
  if (bytes[at] !== BUILDINFO_MAGIC[0]) return false
  for (let i = 1; i < BUILDINFO_MAGIC.length; i++)
    if (bytes[at + i] !== BUILDINFO_MAGIC[i]) return false
  return true
}

function readVarString(bytes: Uint8Array, at: number): { text: string; end: number } {
  let length = 0
  let shift = 0
  let i = at
  for (;;) {
    const byte = bytes[i++]
    if (byte === undefined || shift > 28) {
      throw new BinaryFormatError('its Go build info holds a malformed length')
    }
    length += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) break
    shift += 7
  }
  if (i + length > bytes.length) throw new BinaryFormatError('its Go build info is cut short')
  return { text: new TextDecoder().decode(bytes.subarray(i, i + length)), end: i + length }
}

/** A Go string header (data pointer, length) at a virtual address, read before Go 1.18. */
function readGoString(
  source: ByteSource,
  elf: ElfFile,
  fields: Fields,
  address: number,
  pointerSize: number
): string {
  const header = fileRange(elf.segments, address)
  if (!header) throw new BinaryFormatError('its Go build info points outside the file')
  const bytes = source.read(header.offset, pointerSize * 2)
  const data = fileRange(elf.segments, fields.word(bytes, 0, pointerSize))
  const length = fields.word(bytes, pointerSize, pointerSize)
  if (length === 0) return ''
  if (!data) throw new BinaryFormatError('its Go build info points outside the file')
  return new TextDecoder().decode(source.read(data.offset, length))
}

/** cmd/go frames the module information with 16 bytes on each side. */
function stripSentinels(modinfo: string): string {
  if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n') {
    return modinfo.slice(16, -16)
  }
  return ''
}

/** The lines of the module information, as runtime/debug.ParseBuildInfo reads them. */
export function parseModinfo(text: string): Omit<GoBuildInfo, 'goVersion'> {
  const info: Omit<GoBuildInfo, 'goVersion'> = { dependencies: [], settings: {} }
  let last: GoModule | undefined
  for (const line of text.split('\n')) {
    const [kind, ...rest] = line.split('\t')
    if (kind === 'path') info.path = rest[0]
    else if (kind === 'mod' || kind === 'dep') {
      last = { path: rest[0] ?? '', version: rest[1] ?? '' }
      if (rest[2]) last.sum = rest[2]
      if (kind === 'mod') info.mainModule = last
      else info.dependencies.push(last)
    } else if (kind === '=>' && last) {
      last.replacedBy = { path: rest[0] ?? '', version: rest[1] ?? '' }
    } else if (kind === 'build') {
      const setting = rest.join('\t')
      const eq = setting.indexOf('=')
      if (eq > 0) info.settings[unquote(setting.slice(0, eq))] = unquote(setting.slice(eq + 1))
    }
  }
  return info
}

// cmd/go quotes a key or value that holds spaces, tabs, quotes or `=` with strconv.Quote.
function unquote(value: string): string {
  if (!value.startsWith('"')) return value
  try {
    return JSON.parse(value) as string
  } catch {
    return value
  }
}
