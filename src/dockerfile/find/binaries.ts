import { posix } from 'node:path'
import type { Finding, ImageBinary } from '../types.js'
import type { GoBuild } from './go-build.js'
import {
  expandedCopyOperands,
  flagValue,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'
import { buildsOn, findStage } from '../read/stages.js'
import { expandVariables } from '../read/variables.js'

/** A Go binary that ends up in the final image. */
export interface ShippedBinary {
  /** The go build that writes it; undefined when a hidden build (make, a script) made it. */
  build?: GoBuild
  /** Stage to copy it from in the generated Dockerfile. */
  fromStage: Stage
  /** It comes from the build context, prebuilt, not from a stage. */
  fromContext?: boolean
  /** What the original image's copy of it says of itself, when the image was measured. */
  image?: ImageBinary
  /** Absolute path in that stage (a directory for `-o dir/`). */
  source: string
  /** Absolute path in the final image. */
  target: string
  isDirectory: boolean
  /** The final-stage COPY that brought it into the original image, when there was one. */
  copy?: StageInstruction
}

export interface BinaryLinks {
  binaries: ShippedBinary[]
  warnings: Finding[]
}

// Directories that exist in common runtime bases: `COPY app /usr/local/bin` lands inside them.
// In scratch they do not exist, so the generated COPY names the file in full.
const BASE_DIRECTORIES = new Set([
  '/',
  '/bin',
  '/sbin',
  '/usr/bin',
  '/usr/sbin',
  '/usr/local/bin',
  '/usr/local/sbin',
  '/tmp',
  '/etc',
  '/opt',
  '/srv'
])

/**
 * Finds which go builds the final image carries and where. Single-stage images (the final stage
 * or one it builds on runs `go build`) ship the binary where it was built; multi-stage images
 * ship what the final stage COPYs from a build stage.
 */
export function linkBinaries(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  builds: readonly GoBuild[]
): BinaryLinks {
  const programs = builds.filter(build => !build.isToolInstall)
  const inPlace = programs.filter(build => buildsOn(finalStage, build.stage))
  if (inPlace.length > 0) {
    const known = inPlace.filter(build => build.output !== undefined)
    const warnings = inPlace
      .filter(build => build.output === undefined)
      .map(build => ({
        line: build.instruction.startLine + 1,
        message: `cannot tell where this go ${build.verb} writes its binary: add -o /out/NAME`
      }))
    return {
      binaries: known.map(build => ({
        build,
        fromStage: finalStage,
        source: build.output as string,
        target: build.output as string,
        isDirectory: build.outputIsDirectory
      })),
      warnings
    }
  }
  const binaries = copiedBinaries(parsed, finalStage, programs)
  if (binaries.length > 0) return { binaries, warnings: [] }
  return guessSingleCopy(parsed, finalStage, programs)
}

function copiedBinaries(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  programs: readonly GoBuild[]
): ShippedBinary[] {
  const binaries: ShippedBinary[] = []
  for (const copy of finalStage.instructions) {
    const from = copySource(parsed, copy)
    if (!from) continue
    const operands = expandedCopyOperands(copy)
    const sources = operands.slice(0, -1).map(s => posix.resolve('/', s))
    const destination = destinationOf(copy, operands, finalStage)
    for (const build of programs) {
      if (!build.output || !buildsOn(from, build.stage)) continue
      for (const source of sources) {
        const binary = match(build, source, destination, sources.length > 1)
        if (binary) binaries.push({ ...binary, build, fromStage: from, copy })
      }
    }
  }
  return binaries
}

/** The stage a COPY --from copies out of, or undefined for any other instruction. */
export function copySource(parsed: ParsedDockerfile, copy: StageInstruction): Stage | undefined {
  if (copy.keyword !== 'COPY') return undefined
  const from = flagValue(copy.node, 'from')
  return from ? findStage(parsed, expandVariables(from, copy.variables)) : undefined
}

/** The COPY destination as an absolute path, and whether it names a directory. */
export function destinationOf(
  copy: StageInstruction,
  operands: readonly string[],
  stage: Stage
): { path: string; isDirectory: boolean } {
  const raw = operands[operands.length - 1] ?? '.'
  const path = posix.resolve(copy.workdir, raw)
  const isDirectory =
    raw.endsWith('/') ||
    raw === '.' ||
    operands.length > 2 ||
    BASE_DIRECTORIES.has(path) ||
    stage.instructions.some(
      i => i.keyword === 'WORKDIR' && i.startLine < copy.startLine && i.workdir === path
    ) ||
    stage.instructions.some(i => i.startLine > copy.startLine && i.workdir === path)
  return { path, isDirectory }
}

function match(
  build: GoBuild,
  source: string,
  destination: { path: string; isDirectory: boolean },
  manySources: boolean
): Pick<ShippedBinary, 'source' | 'target' | 'isDirectory'> | undefined {
  const output = build.output as string
  if (source === output) {
    const intoDirectory = destination.isDirectory || manySources || build.outputIsDirectory
    const target =
      intoDirectory && !build.outputIsDirectory
        ? posix.join(destination.path, posix.basename(output))
        : destination.path
    return { source, target, isDirectory: build.outputIsDirectory }
  }
  if (output.startsWith(`${source}/`)) {
    // A whole directory copy that happens to contain the binary.
    return {
      source: output,
      target: posix.join(destination.path, output.slice(source.length + 1)),
      isDirectory: build.outputIsDirectory
    }
  }
  return undefined
}

/** One go build and one file copied from a stage: assume that file is the binary, and say so. */
function guessSingleCopy(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  programs: readonly GoBuild[]
): BinaryLinks {
  const copies = finalStage.instructions.filter(i => copySource(parsed, i))
  const build = programs[0]
  const copy = copies[0]
  if (programs.length !== 1 || copies.length !== 1 || !build || !copy) {
    return { binaries: [], warnings: [] }
  }
  const from = copySource(parsed, copy) as Stage
  const operands = expandedCopyOperands(copy)
  if (operands.length !== 2) return { binaries: [], warnings: [] }
  const source = posix.resolve('/', operands[0] as string)
  const destination = destinationOf(copy, operands, finalStage)
  const target = destination.isDirectory
    ? posix.join(destination.path, posix.basename(source))
    : destination.path
  return {
    binaries: [{ build, fromStage: from, source, target, isDirectory: false, copy }],
    warnings: [
      {
        line: copy.startLine + 1,
        message: `assumed this COPY brings the binary that line ${build.instruction.startLine + 1} builds`
      }
    ]
  }
}
