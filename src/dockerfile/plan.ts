import type { GoFacts } from '../go-source/types.js'
import type { AlternativePlan } from './types.js'
import { linkBinaries } from './find/binaries.js'
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
import { inPlaceSettings } from './find/in-place.js'
import { addedBuildInsert, addGoBuild, type AddedGoBuild } from './write/added-build.js'
import { imageCommand } from './read/image-command.js'
import {
  lastInstruction,
  parseDockerfile,
  type ParsedDockerfile,
  type Stage
} from './read/parse.js'
import { stageChain, stageEndLine, stagesNeededBy, targetStage } from './read/stages.js'
import { readUser } from './read/user.js'
import { renderDockerfile, type LineEdit, type LineInsert } from './write/render.js'
import { rootfsRun } from './write/rootfs.js'
import { effectWarnings, runEffects } from './find/run-effects.js'
import { copiedPaths, runtimeNeeds } from './find/runtime-needs.js'
import { programSource } from './find/shipped-program.js'
import { fromScratchChange, scratchStage } from './write/scratch-stage.js'

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
  const chain = stageChain(finalStage)
  const runtime = chain.flatMap(stage => stage.instructions)
  const command = imageCommand(runtime, parsed.escape)
  const builds = findGoBuilds(parsed, needed, input.go.modulePath)
  let added: AddedGoBuild | undefined
  if (!builds.some(build => !build.isToolInstall)) {
    const hidden = findHiddenBuilds(parsed, needed)
    if (!hidden[0]) return { kind: 'not-applicable', reason: NO_GO_BUILD }
    if (!input.goPackage) return { kind: 'not-applicable', reason: hiddenBuildReason(hidden[0]) }
    const program = programSource(parsed, finalStage, command)
    const found = addGoBuild(parsed, program, hidden, input.goPackage, input.go.modulePath)
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
  const shippedBuilds = [...new Set(links.binaries.map(binary => binary.build))]
  const link = decideLinkMode(input.go, shippedBuilds)
  const commands = planCommands(runtime, command, links.binaries, parsed.escape)
  const blockers = [...link.blockers, ...commands.blockers]
  if (blockers.length > 0) return notPossible(blockers)

  const effects = runEffects(parsed, runtime)
  const user = readUser(finalStage.user, lastInstruction(runtime, 'USER'))
  const needs = runtimeNeeds({
    facts: input.go,
    // In a single-stage image the RUN lines build the program; only users and packages count.
    effects: inPlace ? { ...effects, directories: [], unsupported: [] } : effects,
    env: finalStage.variables,
    user,
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
  const changes: PlannedChange[] = fromScratchChange(finalStage, inPlace)
  if (newName) {
    const named = nameStage(parsed, copyStage, newName)
    edits.push(named.edit)
    changes.push(named.change)
  }
  const written = shippedBuilds.filter(build => build !== added?.build)
  const rewritten = rewriteBuilds(parsed, written, link.mode)
  edits.push(...rewritten.edits)
  const notes = rewritten.notes
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
    originalUser: user,
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
    ...link.warnings,
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
