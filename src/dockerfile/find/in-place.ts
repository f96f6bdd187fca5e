import { posix } from 'node:path'
import type { GoFacts } from '../../go-source/types.js'
import { relativeTopLevel } from '../../go-source/go-facts.js'
import { destinationOf, type ShippedBinary } from './binaries.js'
import { expandedCopyOperands, type Stage, type StageInstruction } from '../read/parse.js'

/*
 * A single-stage original builds and runs in the same stage, so its scratch stage cannot be
 * that stage with its lines transformed: it is assembled from the run-time settings and the
 * files the program needs.
 */

/** What a single-stage original's scratch stage is assembled from. */
export interface InPlaceSettings {
  workdir: string
  setsWorkdir: boolean
  /** Paths relative to `workdir` the program opens, copied from the build stage. */
  runtimeFiles: readonly string[]
  /** COPY and ADD lines after the last go build, repeated as written. */
  addedAfterBuild: readonly AddedFile[]
}

/** A COPY or ADD of files the image ships, and where they land. */
export interface AddedFile {
  instruction: StageInstruction
  paths: string[]
}

export function inPlaceSettings(
  finalStage: Stage,
  runtime: readonly StageInstruction[],
  facts: GoFacts,
  binaries: readonly ShippedBinary[]
): InPlaceSettings {
  const addedAfterBuild = filesAddedAfterBuild(finalStage, runtime, binaries)
  const added = new Set(addedAfterBuild.flatMap(copy => copy.paths))
  const opened = facts.runtimeFiles ?? [
    ...new Set(facts.openedPaths.map(relativeTopLevel).filter((p): p is string => !!p))
  ]
  return {
    workdir: finalStage.workdir,
    setsWorkdir: runtime.some(i => i.keyword === 'WORKDIR'),
    // A file the Dockerfile already adds after the build needs no second copy.
    runtimeFiles: opened.filter(file => !added.has(posix.join(finalStage.workdir, file))),
    addedAfterBuild
  }
}

/**
 * The COPY and ADD lines a single-stage original runs after its last go build: files the image
 * ships (assets, configuration), not inputs of the build, which come before it.
 */
function filesAddedAfterBuild(
  finalStage: Stage,
  runtime: readonly StageInstruction[],
  binaries: readonly ShippedBinary[]
): AddedFile[] {
  const lastBuild = Math.max(...binaries.map(binary => binary.build?.instruction.endLine ?? -1))
  return runtime
    .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.startLine > lastBuild)
    .map(instruction => {
      const operands = expandedCopyOperands(instruction)
      const destination = destinationOf(instruction, operands, finalStage)
      const paths = destination.isDirectory
        ? operands.slice(0, -1).map(source => posix.join(destination.path, posix.basename(source)))
        : [destination.path]
      return { instruction, paths }
    })
}
