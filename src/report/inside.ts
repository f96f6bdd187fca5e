import type { GoExecutable, ImageMeasurement } from '../measure/types.js'

/**
 * The Go binaries that are the program: those the image's own layers add (a golang base image's
 * toolchain is not the program), or every one when its own layers add none. Largest first.
 */
export function programBinaries(image: ImageMeasurement): GoExecutable[] {
  const all = image.binaries ?? []
  const baseLayers = image.base?.layers ?? 0
  const own = all.filter(binary => binary.layer >= baseLayers)
  return [...(own.length > 0 ? own : all)].sort(
    (a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)
  )
}

/** The largest of them: what `binary-size`, `strippable-bytes` and `max-binary-size` are about. */
export function largestBinary(image: ImageMeasurement): GoExecutable | undefined {
  return programBinaries(image)[0]
}

/** One row of a binary's parts: a module's code or a named remainder of the file. */
export interface BinaryPart {
  /** `std`, a module path, a section (`.gopclntab`), `padding`, or the others together. */
  name: string
  kind: 'module' | 'section' | 'rest'
  /** A module's version. */
  version?: string
  bytes: number
}

const MODULES_SHOWN = 8
const SECTIONS_SHOWN = 5

/**
 * The parts of a binary worth a row: the largest modules, then the largest other sections, and
 * one row for all the rest, so the rows add up to the file size as the parts do.
 */
export function binaryParts(binary: GoExecutable): BinaryPart[] {
  const modules = binary.modules.slice(0, MODULES_SHOWN)
  const sections = binary.sections.slice(0, SECTIONS_SHOWN)
  const shown: BinaryPart[] = [
    ...modules.map(m => ({
      name: m.path,
      kind: 'module' as const,
      version: m.version,
      bytes: m.bytes
    })),
    ...sections.map(s => ({ name: s.name, kind: 'section' as const, bytes: s.bytes }))
  ]
  const rest = binary.bytes - shown.reduce((sum, part) => sum + part.bytes, 0)
  const others = binary.modules.length - modules.length + binary.sections.length - sections.length
  if (others === 0 && rest === 0) return shown
  return [
    ...shown,
    { name: `${others} other ${others === 1 ? 'part' : 'parts'}`, kind: 'rest', bytes: rest }
  ]
}

/** How a binary was built, as short facts: `go1.27.4`, `static`, `not stripped`, `-trimpath`… */
export function buildFacts(binary: GoExecutable): string[] {
  if (binary.packed) return [PACKED_NOTE]
  const settings = binary.settings
  const facts = [
    binary.goVersion ?? 'Go version unknown',
    binary.static ? 'static' : `dynamically linked (${binary.libraries.join(', ') || 'libc'})`,
    binary.stripped ? 'stripped' : 'not stripped',
    settings['-trimpath'] === 'true' ? '-trimpath' : 'without -trimpath'
  ]
  if (settings.CGO_ENABLED !== undefined) facts.push(`CGO_ENABLED=${settings.CGO_ENABLED}`)
  if (settings.GOOS && settings.GOARCH) facts.push(`${settings.GOOS}/${settings.GOARCH}`)
  if (settings['-ldflags']) facts.push(`-ldflags=${settings['-ldflags']}`)
  if (settings['-tags']) facts.push(`-tags=${settings['-tags']}`)
  if (settings['vcs.revision']) facts.push(`vcs.revision=${settings['vcs.revision'].slice(0, 12)}`)
  return facts
}

/** What the report says of a UPX-packed binary. */
export const PACKED_NOTE =
  'packed with UPX, so what it holds cannot be read; UPX shrinks the file more than the pull (the registry gzips the layer anyway), and every start unpacks the whole program into memory'

/** A row of the attack-surface table, for the current image and the alternative. */
export interface SurfaceRow {
  label: string
  current: SurfaceValue
  alternative?: SurfaceValue
}

/** A count with the paths or names behind it, a count alone, or text (the user). */
export type SurfaceValue = { items: string[] } | { count: number } | { text: string }

/** The attack surface of both images, row by row; empty when the image's was not read. */
export function surfaceRows(
  current: ImageMeasurement,
  alternative: ImageMeasurement | undefined
): SurfaceRow[] {
  const now = current.surface
  if (!now) return []
  const alt = alternative?.surface
  const row = (
    label: string,
    value: (surface: NonNullable<ImageMeasurement['surface']>) => SurfaceValue
  ): SurfaceRow => ({ label, current: value(now), alternative: alt && value(alt) })
  const count = (n: number | undefined): SurfaceValue =>
    n === undefined ? { text: 'not read' } : { count: n }
  return [
    row('Shells', s => ({ items: s.shells })),
    row('Package managers', s => ({ items: s.packageManagers })),
    row('Installed packages', s => count(s.packages)),
    row('Setuid/setgid files', s => ({ items: s.setuid })),
    row('Executables', s => count(s.executables)),
    row('Runs as', s => ({ text: s.user }))
  ]
}
