import type { Inputs } from '../core/inputs.js'
import { planAlternative } from '../dockerfile/plan.js'
import { stageFactsOf } from '../dockerfile/read/stage-facts.js'
import type { PlanInput } from '../dockerfile/types.js'
import type { GoFacts } from '../go-source/types.js'
import { localImageFilesystem } from '../measure/index.js'
import { buildImage, type BuildOutcome } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { writtenBuildRequest } from './build-request.js'

/** A build of the alternative started before the image was measured, and how it ended. */
export interface EarlyAlternative {
  /** The Dockerfile it built, its outcome and its whole log, once it has ended (cancelled, it has failed). */
  readonly ended: Promise<{ dockerfile: string; outcome: BuildOutcome; log: string }>
  /** Stops the build if it still runs; `ended` tells when it has stopped. */
  cancel(): void
}

/**
 * Starts building the alternative as the Dockerfile and the Go sources plan it, beside the build
 * of the image: while one build waits on the compiler or the engine, the other gets on. The
 * measurement of the image refines the plan (the directories the program writes to, the user it
 * runs as and its home, the binaries a hidden build ships). To guess those the way the measurement
 * will read them, the plan reads the final stage's base image first when the engine already has
 * it and it is small (alpine's /etc/passwd gives `nobody` the home `/`, which the Dockerfile alone
 * does not tell). When the refined plan is the same text, this build, under `tag`, is the
 * alternative's; when it is not, the alternative is built again and finds the go build, which
 * comes before anything the measurement changes, in the build cache. Undefined when there is
 * nothing to build before the measurement: no alternative wanted, one that only the measurement
 * can plan (a build hidden behind make), or `no-cache`, under which a changed plan would compile
 * the program a third time.
 */
export function startEarlyAlternative(
  inputs: Inputs,
  dockerfile: string,
  go: GoFacts,
  tag: string,
  docker: DockerOptions = {}
): EarlyAlternative | undefined {
  if (inputs.alternative === 'none' || inputs.buildOptions.noCache) return undefined
  const input: PlanInput = {
    dockerfile,
    target: inputs.target,
    buildArgs: inputs.buildArgs,
    go,
    goPackage: inputs.goPackage
  }
  const unread = planAlternative(input)
  if (unread.kind !== 'generated' || unread.makeDryRun) return undefined
  const stop = new AbortController()
  const ended = (async () => {
    const { finalStage } = stageFactsOf(dockerfile, inputs.target, inputs.buildArgs)
    const filesystem = finalStage?.baseImage
      ? await localImageFilesystem(finalStage.baseImage, docker)
      : undefined
    const read = filesystem && planAlternative({ ...input, filesystem })
    const planned = read?.kind === 'generated' && !read.makeDryRun ? read : unread
    let log = ''
    const outcome = await buildImage(
      {
        ...writtenBuildRequest(inputs, tag, planned.dockerfile),
        onLog: chunk => void (log += chunk)
      },
      { ...docker, signal: stop.signal }
    )
    return { dockerfile: planned.dockerfile, outcome, log }
  })()
  // Whoever awaits it hears of a failure; nobody may have to.
  ended.catch(() => undefined)
  return { ended, cancel: () => stop.abort() }
}
