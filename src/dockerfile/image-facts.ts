import type { Finding, ImageBinary, PlanInput } from './types.js'
import { linkBinaries, type ShippedBinary } from './find/binaries.js'
import { copiedBinaries, type CopiedBinary } from './find/copied-binaries.js'
import { DISTROLESS_STATIC, planCommands, type Blocker, type CommandPlan } from './find/commands.js'
import { findGoBuilds, type GoBuild } from './find/go-build.js'
import { findHiddenBuilds, hiddenBuildReason, type HiddenBuild } from './find/hidden-build.js'
import { decideImageBuild, type ImageBuildDecision } from './find/image-build.js'
import { inPlaceSettings, type InPlaceSettings } from './find/in-place.js'
import { DISTROLESS_BASE, decideLinkMode, type LinkDecision } from './find/link-mode.js'
import { runEffects, type RunEffects } from './find/run-effects.js'
import { copiedPaths, runtimeNeeds, type RuntimeNeeds } from './find/runtime-needs.js'
import { programSource } from './find/shipped-program.js'
import { isDistroless } from './read/base-images.js'
import { imageCommand } from './read/image-command.js'
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
  /** Set when a hidden build made the binaries: what the alternative does with them. */
  imageBuild?: ImageBuildDecision
}

/** Why scratch cannot run an image that does ship a Go program. */
export interface Blocked {
  blockers: Blocker[]
}

/**
 * The image's facts, or why there is nothing to plan (no such stage, no Go program), or why
 * scratch cannot run a Go program the image does ship. The binaries come, in this order, from a
 * go build the Dockerfile shows; from a go build of the go-package input after a hidden build;
 * from the Go executables the measurement found in the image, traced to the COPY that brought them.
 */
export function findImageFacts(input: PlanInput): ImageFacts | Blocked | { reason: string } {
  const parsed = parseDockerfile(input.dockerfile, input.buildArgs)
  const finalStage = targetStage(parsed, input.target)
  if (!finalStage) return { reason: noSuchTarget(parsed, input.target) }
  const needed = stagesNeededBy(parsed, finalStage)
  const chain = stageChain(finalStage)
  const runtime = chain.flatMap(stage => stage.instructions)
  const command = imageCommand(runtime, parsed.escape)
  const found = findGoBuilds(parsed, needed, input.go.modulePath)
  const hidden = findHiddenBuilds(parsed, needed)
  const visible = linkBinaries(parsed, finalStage, found)
  const fromSource = visible.binaries.length > 0 ? visible : undefined
  const added =
    !fromSource && input.goPackage && hidden[0]
      ? addGoBuild(
          parsed,
          programSource(parsed, finalStage, command),
          hidden,
          input.goPackage,
          input.go.modulePath
        )
      : undefined
  if (added && 'reason' in added) return added
  const builds = added ? [...found, added.build] : found
  const links = added ? linkBinaries(parsed, finalStage, builds) : visible
  let [first, ...others] = links.binaries
  let imageBuild: ImageBuildDecision | undefined
  if (!first) {
    const fromImage = binariesFromImage(parsed, finalStage, runtime, hidden, input)
    if ('reason' in fromImage || 'blockers' in fromImage) return fromImage
    ;[first, ...others] = fromImage.copied
    imageBuild = fromImage.decision
  }
  if (!first) return { reason: noProgramReason(parsed, finalStage, found, hidden) }
  const binaries: ImageFacts['binaries'] = [first, ...others].map(binary =>
    binary.image ? binary : { ...binary, image: measured(input.shipped, binary) }
  ) as ImageFacts['binaries']
  const inPlace = first.fromStage === finalStage && !imageBuild
  const shippedBuilds = [
    ...new Set(binaries.flatMap(binary => (binary.build ? [binary.build] : [])))
  ]
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
    fromLine: finalStage.fromLine + 1,
    binaries: binaries.map(binary => binary.image)
  })
  return {
    parsed,
    finalStage,
    chain,
    runtime,
    needed,
    builds,
    added: added ?? undefined,
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
    binaryWarnings: links.warnings,
    imageBuild
  }
}

/**
 * The Go executables the final stage copies in from a hidden build, and what to do with them;
 * or why there are none, or why scratch cannot run them.
 */
function binariesFromImage(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  runtime: readonly StageInstruction[],
  hidden: readonly HiddenBuild[],
  input: PlanInput
): { copied: CopiedBinary[]; decision: ImageBuildDecision } | Blocked | { reason: string } {
  if (!input.shipped) return { copied: [], decision: decideImageBuild(input.go, [], hidden) }
  if (input.shipped.length === 0) return { reason: NO_GO_EXECUTABLE }
  const { copied, uncopied } = copiedBinaries(parsed, finalStage, runtime, input.shipped)
  const made = uncopied.map(binary => ({
    line: finalStage.fromLine + 1,
    message: `${binary.path} is a Go program that a RUN of the final stage makes: the alternative can only copy a program a build stage made; build it in a stage of its own and COPY --from that stage`,
    nearest: binary.static ? DISTROLESS_STATIC : DISTROLESS_BASE
  }))
  if (copied.length === 0) return { blockers: made }
  const decision = decideImageBuild(input.go, copied, hidden)
  if (decision.blockers.length > 0 || made.length > 0) {
    return { blockers: [...decision.blockers, ...made] }
  }
  return { copied, decision }
}

/** The measured copy of a binary the Dockerfile builds, found by where it lands in the image. */
function measured(
  shipped: readonly ImageBinary[] | undefined,
  binary: ShippedBinary
): ImageBinary | undefined {
  return shipped?.find(image => image.path === binary.target)
}

function noProgramReason(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  found: readonly GoBuild[],
  hidden: readonly HiddenBuild[]
): string {
  if (found.some(build => !build.isToolInstall)) {
    return `the final stage (line ${finalStage.fromLine + 1}) copies no file a go build writes; build with -o /out/NAME and COPY --from that path`
  }
  return hidden[0] ? hiddenBuildReason(hidden[0]) : NO_GO_BUILD
}

function noSuchTarget(parsed: ParsedDockerfile, target?: string): string {
  if (parsed.stages.length === 0) return 'the Dockerfile has no FROM instruction'
  const names = parsed.stages.map(s => s.name ?? String(s.index)).join(', ')
  return `target "${target}" is not a stage of the Dockerfile (stages: ${names})`
}

const NO_GO_EXECUTABLE =
  'the image ships no Go program: no file its own layers add is a Go executable (a prebuilt program that is not Go, or scripts only)'

const NO_GO_BUILD =
  'no RUN in the stages of the final image calls go build or go install (a binary copied in prebuilt cannot be rebuilt static)'
