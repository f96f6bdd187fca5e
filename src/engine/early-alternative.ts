import type { Inputs } from '../core/inputs.js'
import { planAlternative } from '../dockerfile/plan.js'
import type { GoFacts } from '../go-source/types.js'
import { buildImage, type BuildOutcome } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { writtenBuildRequest } from './build-request.js'

/** A build of the alternative started before the image was measured, and how it ended. */
export interface EarlyAlternative {
  /** The Dockerfile it builds: the plan of the Dockerfile and the Go sources alone. */
  readonly dockerfile: string
  /** Its outcome and its whole log, once it has ended (cancelled, it has failed). */
  readonly ended: Promise<{ outcome: BuildOutcome; log: string }>
  /** Stops the build if it still runs; `ended` tells when it has stopped. */
  cancel(): void
}

/**
 * Starts building the alternative as the Dockerfile and the Go sources alone plan it, beside the
 * build of the image: while one build waits on the compiler or the engine, the other gets on. The
 * measurement of the image refines the plan (the directories the program writes to, the user it
 * runs as, the binaries a hidden build ships). When the refined plan is the same text, this
 * build, under `tag`, is the alternative's; when it is not (alpine's /etc/passwd gives `nobody`
 * the home `/`, which the Dockerfile alone does not tell), the alternative is built again and
 * finds the go build, which comes before anything the measurement changes, in the build cache. Undefined when there is nothing to build before the measurement: no alternative wanted,
 * one that only the measurement can plan (a build hidden behind make), or `no-cache`, under which
 * a changed plan would compile the program a third time.
 */
export function startEarlyAlternative(
  inputs: Inputs,
  dockerfile: string,
  go: GoFacts,
  tag: string,
  docker: DockerOptions = {}
): EarlyAlternative | undefined {
  if (inputs.alternative === 'none' || inputs.buildOptions.noCache) return undefined
  const plan = planAlternative({
    dockerfile,
    target: inputs.target,
    buildArgs: inputs.buildArgs,
    go,
    goPackage: inputs.goPackage
  })
  if (plan.kind !== 'generated' || plan.makeDryRun) return undefined
  const stop = new AbortController()
  let log = ''
  const ended = buildImage(
    { ...writtenBuildRequest(inputs, tag, plan.dockerfile), onLog: chunk => void (log += chunk) },
    { ...docker, signal: stop.signal }
  ).then(outcome => ({ outcome, log }))
  // Whoever awaits it hears of a failure; nobody may have to.
  ended.catch(() => undefined)
  return { dockerfile: plan.dockerfile, ended, cancel: () => stop.abort() }
}
