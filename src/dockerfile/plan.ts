import { posix } from 'node:path'
import type { GoFacts } from '../go-source/types.js'
import type { AlternativePlan, Finding } from './types.js'
import { destinationOf, linkBinaries, type ShippedBinary } from './find/binaries.js'
import {
  buildChanges,
  freeStageName,
  ldflagsWarnings,
  moveRuntimeSettings,
  nameStage,
  rewriteBuilds,
  rootfsInsert
} from './write/build-stage-edits.js'
import { gapsOf, type PlannedChange } from './write/planned-change.js'
import { decideLinkMode, DISTROLESS_BASE } from './find/link-mode.js'
import { BUSYBOX, DISTROLESS_STATIC, planCommands, type Blocker } from './find/commands.js'
import { findGoBuilds } from './find/go-build.js'
import { findHiddenBuilds, hiddenBuildReason } from './find/hidden-build.js'
import { addedBuildInsert, addGoBuild, type AddedGoBuild } from './write/added-build.js'
import {
  copyOperands,
  parseDockerfile,
  stageChain,
  stagesNeededBy,
  targetStage,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from './read/parse.js'
import { renderDockerfile, type LineEdit, type LineInsert } from './write/render.js'
import { rootfsRun } from './write/rootfs.js'
import { runEffects, type RunEffects } from './find/run-effects.js'
import { runtimeNeeds } from './find/runtime-needs.js'
import { scratchStage, type AddedFile, type InPlaceSettings } from './write/scratch-stage.js'
import { expandVariables } from './read/variables.js'
import { relativeTopLevel } from '../go-source/go-facts.js'

export interface PlanInput {
  /** The Dockerfile's text. */
  dockerfile: string
  /** The stage to build, as `docker build --target`; the last stage when absent. */
  target?: string
  /** `--build-arg` values, used to resolve ARGs in paths and flags. */
  buildArgs: Record<string, string>
  go: GoFacts
  /**
   * The main package (`./cmd/server`, `.`), relative to the build stage's WORKDIR, for a build
   * hidden behind make or a script: the plan adds a go build of it after that build.
   */
  goPackage?: string
}

/**
 * Plans a `FROM scratch` alternative to a Go image's Dockerfile: the user's build stages with
 * the go build made static and stripped, then a scratch stage with the binary and only the
 * files the program needs. Pure: the same input always gives the same plan.
 */
export function planAlternative(input: PlanInput): AlternativePlan {
  const parsed = parseDockerfile(input.dockerfile, input.buildArgs)
  const finalStage = targetStage(parsed, input.target)
  if (!finalStage) return { kind: 'not-applicable', reason: noSuchTarget(parsed, input.target) }
  const needed = stagesNeededBy(parsed, finalStage)
  const builds = findGoBuilds(parsed, needed, input.go.modulePath)
  let added: AddedGoBuild | undefined
  if (!builds.some(build => !build.isToolInstall)) {
    const hidden = findHiddenBuilds(parsed, needed)
    if (!hidden[0]) return { kind: 'not-applicable', reason: NO_GO_BUILD }
    if (!input.goPackage) return { kind: 'not-applicable', reason: hiddenBuildReason(hidden[0]) }
    const found = addGoBuild(parsed, finalStage, hidden, input.goPackage, input.go.modulePath)
    if ('reason' in found) return { kind: 'not-applicable', reason: found.reason }
    added = found
    builds.push(added.build)
  }
  const links = linkBinaries(parsed, finalStage, builds)
  const first = links.binaries[0]
  if (!first) {
    return {
      kind: 'not-applicable',
      reason: `no Go build found that reaches the final image: the final stage (line ${finalStage.fromLine + 1}) copies no file a go build writes; build with -o /out/NAME and COPY --from that path`
    }
  }

  const inPlace = first.fromStage === finalStage
  const chain = stageChain(finalStage)
  const runtime = chain.flatMap(stage => stage.instructions)
  const shippedBuilds = [...new Set(links.binaries.map(binary => binary.build))]
  const link = decideLinkMode(input.go, shippedBuilds)
  const commands = planCommands(runtime, links.binaries, parsed.escape)
  const blockers = [...link.blockers, ...commands.blockers]
  if (blockers.length > 0) return notPossible(blockers)

  const effects = runEffects(parsed, runtime)
  const needs = runtimeNeeds({
    facts: input.go,
    // In a single-stage image the RUN lines build the program; only users and packages count.
    effects: inPlace ? { ...effects, directories: [], unsupported: [] } : effects,
    env: finalStage.variables,
    user: finalStage.user,
    userLine: lastLine(runtime, 'USER'),
    copiedPaths: inPlace ? [] : copiedPaths(runtime, links.binaries)
  })

  // Binaries come from where the original had them; CA bundle, zoneinfo and rootfs from the
  // stage that ran the go build, which has the Go toolchain and a shell.
  const copyStage = first.fromStage
  const toolchainStage = first.build.stage
  const newName = inPlace && !copyStage.name ? freeStageName(parsed) : undefined
  const reference = (stage: Stage): string =>
    stage.name ?? (stage === copyStage && newName ? newName : String(stage.index))
  const edits: LineEdit[] = []
  const inserts: LineInsert[] = []
  const changes: PlannedChange[] = baseChange(finalStage, inPlace)
  if (newName) {
    edits.push(nameStage(parsed, copyStage, newName))
    changes.push({
      summary: `build stage named "${newName}" so the scratch stage can copy from it`
    })
  }
  const written = shippedBuilds.filter(build => build !== added?.build)
  const notes = rewriteBuilds(parsed, written, link.mode, edits)
  if (added) {
    const { insert, notes: addedNotes } = addedBuildInsert(added, link.mode)
    inserts.push(insert)
    notes.push({ ...addedNotes, line: insert.after + 1 })
    changes.push(added.change)
  }
  changes.push(...buildChanges(notes), ...link.changes.map(summary => ({ summary })))
  if (inPlace) edits.push(...moveRuntimeSettings(parsed, chain))

  const rootfs = rootfsRun(needs, parsed.escape)
  if (rootfs) inserts.push(rootfsInsert(shippedBuilds, toolchainStage, rootfs))

  const scratch = scratchStage({
    parsed,
    name: inPlace ? undefined : finalStage.name,
    copyStage: reference(copyStage),
    toolchainStage: reference(toolchainStage),
    buildHasGoRoot: toolchainStage.base.isGolang,
    fromLine: finalStage.fromLine + 1,
    needs,
    hasRootfs: rootfs !== undefined,
    binaries: links.binaries,
    commands,
    runtime,
    inPlace: inPlace ? inPlaceSettings(finalStage, runtime, input.go, links.binaries) : undefined
  })
  changes.push(...scratch.changes, ...commands.changes.map(summary => ({ summary })))

  const keepThrough = inPlace ? stageEndLine(parsed, finalStage) : finalStage.fromLine - 1
  const dockerfile = renderDockerfile(parsed.lines, keepThrough, edits, inserts, scratch.lines)
  const warnings = [
    ...links.warnings,
    ...needs.warnings,
    ...scratch.warnings,
    ...link.warnings.map(message => ({ line: first.build.instruction.startLine + 1, message })),
    ...ldflagsWarnings(notes),
    ...(inPlace ? [] : effectWarnings(effects))
  ]
  const plan: AlternativePlan = {
    kind: 'generated',
    dockerfile,
    changes: changes.map(({ summary }) => ({ summary })),
    warnings
  }
  if (!inPlace && finalStage.image === 'scratch') plan.alreadyMinimal = { gaps: gapsOf(changes) }
  return plan
}

function noSuchTarget(parsed: ParsedDockerfile, target?: string): string {
  if (parsed.stages.length === 0) return 'the Dockerfile has no FROM instruction'
  const names = parsed.stages.map(s => s.name ?? String(s.index)).join(', ')
  return `target "${target}" is not a stage of the Dockerfile (stages: ${names})`
}

const NO_GO_BUILD =
  'no Go build found: no RUN in the stages of the final image calls go build or go install (a binary copied in prebuilt cannot be rebuilt static)'

/** The nearest base is the most capable one any blocker asks for. */
function notPossible(blockers: readonly Blocker[]): AlternativePlan {
  const rank = [DISTROLESS_STATIC, BUSYBOX, DISTROLESS_BASE]
  const nearest = blockers.map(b => b.nearest).sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0]
  return {
    kind: 'not-possible',
    blockers: blockers.map(({ line, message }) => ({ line, message })),
    nearest
  }
}

function lastLine(instructions: readonly StageInstruction[], keyword: string): number | undefined {
  const found = instructions.filter(i => i.keyword === keyword).at(-1)
  return found ? found.startLine + 1 : undefined
}

/** Where the original final stage's own COPY/ADD lines put files (it may bring its own CA bundle). */
function copiedPaths(
  instructions: readonly StageInstruction[],
  binaries: readonly ShippedBinary[]
): string[] {
  return instructions
    .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && !binaries.some(b => b.copy === i))
    .map(i => {
      const destination = copyOperands(i.node).at(-1) ?? '.'
      return posix.resolve(i.workdir, expandVariables(destination, i.variables))
    })
}

function baseChange(finalStage: Stage, inPlace: boolean): PlannedChange[] {
  if (inPlace) {
    return [
      {
        summary: `final stage FROM scratch instead of ${finalStage.image}: the Go toolchain stays in the build stage`
      }
    ]
  }
  if (finalStage.image === 'scratch') return []
  return [
    {
      summary: `final stage FROM scratch instead of ${finalStage.image}: it holds only the binary and the files it needs`
    }
  ]
}

function inPlaceSettings(
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
  const lastBuild = Math.max(...binaries.map(binary => binary.build.instruction.endLine))
  return runtime
    .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.startLine > lastBuild)
    .map(instruction => {
      const operands = copyOperands(instruction.node).map(o =>
        expandVariables(o, instruction.variables)
      )
      const destination = destinationOf(instruction, operands, finalStage)
      const paths = destination.isDirectory
        ? operands.slice(0, -1).map(source => posix.join(destination.path, posix.basename(source)))
        : [destination.path]
      return { instruction, paths }
    })
}

function stageEndLine(parsed: ParsedDockerfile, stage: Stage): number {
  const next = parsed.stages[stage.index + 1]
  return next ? next.fromLine - 1 : parsed.lines.length - 1
}

function effectWarnings(effects: RunEffects): Finding[] {
  const handled = new Set(['ca-certificates', 'tzdata'])
  const warnings: Finding[] = []
  const byLine = new Map<number, string[]>()
  for (const pkg of effects.packages) {
    if (handled.has(pkg.name)) continue
    byLine.set(pkg.line, [...(byLine.get(pkg.line) ?? []), pkg.name])
  }
  for (const [line, names] of byLine) {
    warnings.push({
      line,
      message: `not in the alternative: ${names.join(', ')} (scratch has no package manager)`
    })
  }
  for (const { command, line } of effects.unsupported) {
    warnings.push({
      line,
      message: `not carried over: "${command}" (scratch has no shell to run it)`
    })
  }
  return warnings
}
