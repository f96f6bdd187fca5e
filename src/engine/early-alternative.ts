import type { Inputs } from '../core/inputs.js'
import { planAlternative } from '../dockerfile/plan.js'
import { stageFactsOf } from '../dockerfile/read/stage-facts.js'
import type { PlanInput } from '../dockerfile/types.js'
import type { GoFacts } from '../go-source/types.js'
import { localImageFilesystem, type LayerCache } from '../measure/index.js'
import { buildImage, type BuildOutcome } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { checkAlternative, type AlternativeChecks } from './alternative-checks.js'
import { writtenBuildRequest } from './build-request.js'

/** A build of the alternative started before the image was measured, and how it ended. */
export interface EarlyAlternative {
  /** The Dockerfile it built, its outcome and its whole log, once it has ended (stopped, it has failed). */
  readonly ended: Promise<{ dockerfile: string; outcome: BuildOutcome; log: string }>
  /**
   * Once it has built, measures it and runs it beside ORIGINAL (an image the engine has now),
   * while the caller measures the image: the checks the alternative gets once it is planned,
   * begun before. The first call begins them; later calls change nothing.
   */
  check(original: string, cache?: LayerCache): void
  /** What the checks `check` began found; undefined when none began, or it did not build or was stopped. */
  checked(): Promise<AlternativeChecks | undefined>
  /** Stops the build and the checks if they still run; resolves once both have stopped. */
  stop(): Promise<void>
}

/**
 * Starts building the alternative as the Dockerfile and the Go sources plan it, beside the build
 * of the image: while one build waits on the compiler or the engine, the other gets on. The
 * measurement of the image refines the plan (the directories the program writes to, the user it
 * runs as and its home, the binaries a hidden build ships). To guess those the way the measurement
 * will read them, the plan reads the final stage's base image first when the engine already has
 * it and it is small (alpine's /etc/passwd gives `nobody` the home `/`, which the Dockerfile alone
 * does not tell). When the refined plan is the same text, this build, under `tag`, is the
 * alternative's, and the checks `check` began on it while the image was measured are its checks;
 * when it is not, those checks stop and the alternative is built again, finding the go build,
 * which comes before anything the measurement changes, in the build cache. Undefined when there is
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
  let checks: Promise<AlternativeChecks | undefined> | undefined
  return {
    ended,
    check(original, cache) {
      checks ??= ended.then(({ outcome }) =>
        outcome.ok && !stop.signal.aborted
          ? checkAlternative(original, tag, inputs.verify, { docker, cache }, stop.signal)
          : undefined
      )
      checks.catch(() => undefined)
    },
    checked: async () => checks,
    async stop() {
      stop.abort()
      await Promise.allSettled([ended, checks])
    }
  }
}
