import { BinaryFormatError, type ByteSource } from './byte-source.js'
import { readElf, type ElfFile } from './elf.js'
import { fileParts, type FilePart } from './file-parts.js'
import { readFunctionTable } from './function-table.js'
import { readBuildInfo, type GoBuildInfo } from './go-buildinfo.js'
import { codeByModule, type ModuleCode } from './modules.js'
import { codeByPackage, type PackageCode } from './packages.js'
import { packerOf } from './packer.js'
import { runtimeUses, type RuntimeUse } from './runtime-uses.js'

/** What one Go executable says about itself: how it was built and linked, and what it needs. */
export interface GoBinary {
  /** Bytes of the file. */
  bytes: number
  /** `go1.22.4`, when the build info says. */
  goVersion?: string
  /** The main module's path, as `go version -m` prints it on its `mod` line. */
  mainModule?: string
  /** The main package's import path (`path` line). */
  mainPackage?: string
  /** The build settings recorded in the binary: `-ldflags`, `-tags`, `CGO_ENABLED`, `GOOS`… */
  settings: Record<string, string>
  /** No program interpreter (PT_INTERP) and no shared library asked for (DT_NEEDED). */
  static: boolean
  /** The program interpreter of a dynamically linked binary. */
  interpreter?: string
  /** The shared libraries it asks for (DT_NEEDED). */
  libraries: string[]
  /** No symbol table and no DWARF: what `-ldflags="-s -w"` leaves. */
  stripped: boolean
  /** Bytes of `.symtab`, `.strtab` and the DWARF sections, which `-s -w` would leave out. */
  strippable: number
  /**
   * Code bytes by module (the standard library as `std`), from the function table: they sum to
   * the packages' code. Empty when the function table was not read.
   */
  modules: ModuleCode[]
  /** The packages with the most code, largest first (at most PACKAGES_KEPT). */
  packages: PackageCode[]
  /** Everything else in the file, by section: with the modules' bytes, they add up to `bytes`. */
  sections: FilePart[]
  /** `upx` when the file is packed with UPX (what it packs is then not read), else null. */
  packed: 'upx' | null
  /** What it may need at run time, from its function table; undefined when that was not read. */
  uses?: RuntimeUse[]
  /** The parts that could not be read, and why (the function table, for one). */
  unread: string[]
}

/** What reading one executable told: a Go binary, no Go at all, or a file that does not parse. */
export type BinaryReading =
  { kind: 'go'; binary: GoBinary } | { kind: 'not-go' } | { kind: 'unreadable'; reason: string }

/** How many packages a reading keeps, largest first; the modules sum all of them. */
export const PACKAGES_KEPT = 30

/** Reads an ELF file as a Go binary; never throws for what the file holds. */
export function readGoBinary(source: ByteSource): BinaryReading {
  let elf: ElfFile
  let info: GoBuildInfo | undefined
  let packed: 'upx' | null
  try {
    elf = readElf(source)
    info = readBuildInfo(source, elf)
    packed = packerOf(source)
  } catch (error) {
    return { kind: 'unreadable', reason: reasonOf(error) }
  }
  // A packed file's build info is compressed: it may be Go, and is listed as what it is.
  if (!info && packed) return { kind: 'go', binary: packedBinary(source.length, elf, packed) }
  if (!info) return { kind: 'not-go' }
  const unread: string[] = []
  let uses: RuntimeUse[] | undefined
  let packages: PackageCode[] = []
  try {
    const functions = readFunctionTable(source, elf)
    if (functions) {
      uses = runtimeUses(functions)
      packages = codeByPackage(functions)
    } else unread.push('the function table: the binary has no .gopclntab section')
  } catch (error) {
    unread.push(`the function table: ${reasonOf(error)}`)
  }
  if (!info.goVersion) unread.push('the Go version: the build info holds none')
  const debug = elf.sections.filter(s => s.inFile && isStrippable(s.name))
  const modules = codeByModule(packages, info)
  const code = modules.reduce((sum, m) => sum + m.bytes, 0)
  return {
    kind: 'go',
    binary: {
      bytes: source.length,
      goVersion: info.goVersion,
      mainModule: info.mainModule?.path,
      mainPackage: info.path,
      settings: info.settings,
      static: elf.interpreter === undefined && elf.needed.length === 0,
      interpreter: elf.interpreter,
      libraries: elf.needed,
      stripped: debug.length === 0,
      strippable: debug.reduce((sum, s) => sum + s.size, 0),
      modules,
      packages: packages.slice(0, PACKAGES_KEPT),
      sections: fileParts(elf, source.length, code),
      packed,
      uses,
      unread
    }
  }
}

function packedBinary(bytes: number, elf: ElfFile, packed: 'upx'): GoBinary {
  return {
    bytes,
    settings: {},
    static: elf.interpreter === undefined && elf.needed.length === 0,
    interpreter: elf.interpreter,
    libraries: elf.needed,
    stripped: true,
    strippable: 0,
    modules: [],
    packages: [],
    sections: fileParts(elf, bytes, 0),
    packed,
    unread: [
      `the build info and the function table: the file is packed with ${packed.toUpperCase()}, which compresses them`
    ]
  }
}

/** The symbol table, its strings and DWARF (`.debug_*`, compressed `.zdebug_*`). */
function isStrippable(name: string): boolean {
  return (
    name === '.symtab' ||
    name === '.strtab' ||
    name.startsWith('.debug_') ||
    name.startsWith('.zdebug_')
  )
}

function reasonOf(error: unknown): string {
  if (error instanceof BinaryFormatError) return error.message
  // A RangeError from a DataView is a header that points past what the file holds.
  if (error instanceof RangeError) return `a header points outside the file (${error.message})`
  throw error
}
