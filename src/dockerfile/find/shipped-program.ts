import { posix } from 'node:path'
import { copySource, destinationOf } from './binaries.js'
import type { ImageCommand } from '../read/image-command.js'
import {
  expandedCopyOperands,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'

/** Where the program the final image runs lives before it reaches the final image. */
export interface ProgramSource {
  /** The stage it is built in: a build stage the final stage copies from, or the final stage. */
  stage: Stage
  /** Its absolute path in that stage. */
  path: string
}

/**
 * Follows the final stage's ENTRYPOINT (or CMD) back to the file it runs: through the COPY
 * --from that brought it, to its path in the build stage. Without ENTRYPOINT or CMD, the one
 * file copied from another stage. Undefined when the image does not say.
 */
export function programSource(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  command: ImageCommand
): ProgramSource | undefined {
  const program = command.program
  const copies = finalStage.instructions.filter(i => copySource(parsed, i)).reverse()
  if (program === undefined) {
    const only = copies.length === 1 ? copies[0] : undefined
    const operands = only ? expandedCopyOperands(only) : []
    if (!only || operands.length !== 2) return undefined
    return {
      stage: copySource(parsed, only) as Stage,
      path: posix.resolve('/', operands[0] as string)
    }
  }
  const wanted = program.includes('/') ? posix.resolve(finalStage.workdir, program) : program
  for (const copy of copies) {
    const found = copiedFrom(copy, finalStage, wanted)
    if (found) return { stage: copySource(parsed, copy) as Stage, path: found }
  }
  // A single-stage image runs what it built in place, at the path it names.
  return wanted.startsWith('/') ? { stage: finalStage, path: wanted } : undefined
}

/**
 * The source path (in the copied-from stage) of the file this COPY puts at `wanted`: an absolute
 * path, or a bare name found on PATH.
 */
function copiedFrom(copy: StageInstruction, finalStage: Stage, wanted: string): string | undefined {
  const operands = expandedCopyOperands(copy)
  const sources = operands.slice(0, -1)
  const destination = destinationOf(copy, operands, finalStage)
  const byPath = wanted.startsWith('/')
  for (const raw of sources) {
    const source = posix.resolve('/', raw)
    if (raw.endsWith('/') || raw === '.') {
      // A directory copy: the program is somewhere inside it.
      const inside = byPath && wanted.startsWith(`${destination.path}/`)
      if (inside) return posix.join(source, wanted.slice(destination.path.length + 1))
      continue
    }
    const target =
      destination.isDirectory || sources.length > 1
        ? posix.join(destination.path, posix.basename(source))
        : destination.path
    if (byPath ? target === wanted : posix.basename(target) === wanted) return source
  }
  return undefined
}
