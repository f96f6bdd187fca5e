import type { Finding, PlanInput } from './types.js'
import { linkBinaries, type ShippedBinary } from './find/binaries.js'
import { planCommands, type Blocker, type CommandPlan } from './find/commands.js'
import { findGoBuilds, type GoBuild } from './find/go-build.js'
import { findHiddenBuilds, hiddenBuildReason } from './find/hidden-build.js'
import { inPlaceSettings, type InPlaceSettings } from './find/in-place.js'
import { decideLinkMode, type LinkDecision } from './find/link-mode.js'
import { runEffects, type RunEffects } from './find/run-effects.js'
import { copiedPaths, runtimeNeeds, type RuntimeNeeds } from './find/runtime-needs.js'
import { programSource } from './find/shipped-program.js'
import { isDistroless } from './read/base-images.js'
import { imageCommand, type ImageCommand } from './read/image-command.js'
import {
  lastInstruction,
  parseDockerfile,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from './read/parse.js'
import { stageChain, stagesNeededBy, targetStage } from './read/stages.js'
import { readUser, type User } from './read/user.js'
import { volumesOf } from './read/volumes.js'
import { addGoBuild, type AddedGoBuild } from './write/added-build.js'

/*
 * The first half of the plan: what the Dockerfile and the Go sources say about the image, and
 * what a scratch image of it needs. The one piece of writing in it is the go build the plan adds
 * after a hidden build: everything after treats that build as one the Dockerfile had.
 */

/** What the Dockerfile and the Go sources say about the image, and what scratch needs for it. */
export interface ImageFacts {
  parsed: ParsedDockerfile
  finalStage: Stage
  /** The final stage and the stages it builds on, oldest first, and their instructions. */
  chain: Stage[]
  runtime: StageInstruction[]
  /** The stages the final stage needs, by FROM, COPY --from or a mount. */
  needed: Stage[]
  builds: GoBuild[]
  /** The go build the plan adds after a hidden build, when the Dockerfile has no go build. */
  added?: AddedGoBuild
  /** The binaries the final image ships, the first of them the one the image is built around. */
  binaries: [ShippedBinary, ...ShippedBinary[]]
  shippedBuilds: GoBuild[]
  /** A single-stage original: the final stage runs the go build itself. */
  inPlace: boolean
  link: LinkDecision
  commands: CommandPlan
  /** Why scratch cannot run this image; empty when it can. */
  blockers: Blocker[]
  effects: RunEffects
  user: User
  needs: RuntimeNeeds
  inPlaceSettings?: InPlaceSettings
  /** Binaries the analysis had to assume, or could not place. */
  binaryWarnings: Finding[]
}

/** The image's facts, or why there is nothing to plan: no such stage, or no go build to rebuild. */
export function findImageFacts(input: PlanInput): ImageFacts | { reason: string } {
  const parsed = parseDockerfile(input.dockerfile, input.buildArgs)
  const finalStage = targetStage(parsed, input.target)
  if (!finalStage) return { reason: noSuchTarget(parsed, input.target) }
  const needed = stagesNeededBy(parsed, finalStage)
  const chain = stageChain(finalStage)
  const runtime = chain.flatMap(stage => stage.instructions)
  const command = imageCommand(runtime, parsed.escape)
  const found = findGoBuilds(parsed, needed, input.go.modulePath)
  const added = found.some(build => !build.isToolInstall)
    ? undefined
    : buildAfterHidden(parsed, finalStage, needed, command, input)
  if (added && 'reason' in added) return added
  const builds = added ? [...found, added.build] : found
  const links = linkBinaries(parsed, finalStage, builds)
  const [first, ...others] = links.binaries
  if (!first) {
    return {
      reason: `no Go build found that reaches the final image: the final stage (line ${finalStage.fromLine + 1}) copies no file a go build writes; build with -o /out/NAME and COPY --from that path`
    }
  }
  const binaries: ImageFacts['binaries'] = [first, ...others]
  const inPlace = first.fromStage === finalStage
  const shippedBuilds = [...new Set(binaries.map(binary => binary.build))]
  const link = decideLinkMode(input.go, shippedBuilds)
  const commands = planCommands(runtime, command, binaries, parsed.escape)
  const effects = runEffects(parsed, runtime)
  const user = readUser(finalStage.user, lastInstruction(runtime, 'USER'))
  const needs = runtimeNeeds({
    facts: input.go,
    // In a single-stage image the RUN lines build the program; only users and packages count.
    effects: inPlace ? { ...effects, directories: [], unsupported: [] } : effects,
    env: finalStage.variables,
    user,
    copiedPaths: inPlace ? [] : copiedPaths(runtime, binaries),
    volumes: volumesOf(runtime),
    filesystem: input.filesystem,
    distroless: isDistroless(chain[0]!.image),
    fromLine: finalStage.fromLine + 1
  })
  return {
    parsed,
    finalStage,
    chain,
    runtime,
    needed,
    builds,
    added,
    binaries,
    shippedBuilds,
    inPlace,
    link,
    commands,
    effects,
    user,
    needs,
    blockers: [...link.blockers, ...commands.blockers],
    inPlaceSettings: inPlace ? inPlaceSettings(finalStage, runtime, input.go, binaries) : undefined,
    binaryWarnings: links.warnings
  }
}

/** Without a go build of the program: the one the plan adds after a hidden build, or why none. */
function buildAfterHidden(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  needed: readonly Stage[],
  command: ImageCommand,
  input: PlanInput
): AddedGoBuild | { reason: string } {
  const hidden = findHiddenBuilds(parsed, needed)
  if (!hidden[0]) return { reason: NO_GO_BUILD }
  if (!input.goPackage) return { reason: hiddenBuildReason(hidden[0]) }
  const program = programSource(parsed, finalStage, command)
  return addGoBuild(parsed, program, hidden, input.goPackage, input.go.modulePath)
}

function noSuchTarget(parsed: ParsedDockerfile, target?: string): string {
  if (parsed.stages.length === 0) return 'the Dockerfile has no FROM instruction'
  const names = parsed.stages.map(s => s.name ?? String(s.index)).join(', ')
  return `target "${target}" is not a stage of the Dockerfile (stages: ${names})`
}

const NO_GO_BUILD =
  'no Go build found: no RUN in the stages of the final image calls go build or go install (a binary copied in prebuilt cannot be rebuilt static)'
