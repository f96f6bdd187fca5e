import { checkBudget, type Budget } from '../core/budget.js'
import type { Inputs } from '../core/inputs.js'
import { planAlternative } from '../dockerfile/plan.js'
import { scanGoSources } from '../go-source/scan.js'
import { measureImage, type FilesystemFacts, type ImageMeasurement } from '../measure/index.js'
import { savingsOf, type AlternativeReport } from '../report/model.js'
import { buildImage } from '../tools/buildx.js'
import { verifyParity } from '../verify/parity.js'
import type { AnalyzeOptions } from './analyze.js'
import { buildRequest } from './build-request.js'

/** The original image, as the alternative is compared with it. */
export interface Original {
  tag: string
  image: ImageMeasurement
  /** Its final filesystem, from which the plan keeps the directories the program writes to. */
  filesystem?: FilesystemFacts
}

/** What `alternative: none` reports. */
export function skippedAlternative(): AlternativeReport {
  return {
    status: 'skipped',
    summary: 'the alternative input is none',
    changes: [],
    blockers: [],
    warnings: []
  }
}

/**
 * Plans the scratch alternative from the Dockerfile and the Go sources, builds it under `tag`,
 * measures it and runs it beside the original. `onTagged` hears of the tag once the build made it,
 * so the caller removes it whatever happens next.
 */
export async function buildAlternative(
  inputs: Inputs,
  dockerfile: string,
  original: Original,
  tag: string,
  onTagged: (tag: string) => void,
  { docker, cache, progress }: AnalyzeOptions
): Promise<AlternativeReport> {
  const go = await scanGoSources(inputs.context)
  const plan = planAlternative({
    dockerfile,
    target: inputs.target,
    buildArgs: inputs.buildArgs,
    go,
    goPackage: inputs.goPackage,
    filesystem: original.filesystem
  })
  const empty = { changes: [], blockers: [], warnings: [] }
  if (plan.kind === 'not-applicable')
    return { ...empty, status: 'not-applicable', summary: plan.reason }
  if (plan.kind === 'not-possible') {
    return {
      ...empty,
      status: 'not-possible',
      summary: `scratch cannot run this image: ${plan.blockers.map(b => b.message).join('; ')}`,
      blockers: plan.blockers,
      nearest: plan.nearest
    }
  }
  const generated = {
    ...empty,
    dockerfile: plan.dockerfile,
    changes: plan.changes.map(change => change.summary),
    warnings: plan.warnings,
    gaps: plan.alreadyMinimal?.gaps
  }
  progress.info('Generated Dockerfile:\n' + plan.dockerfile)
  const built = await buildImage(
    {
      ...buildRequest(inputs, tag),
      target: undefined,
      dockerfile: plan.dockerfile,
      onLog: progress.output
    },
    docker
  )
  if (!built.ok) {
    return {
      ...generated,
      status: 'build-failed',
      summary: `the alternative did not build: ${built.failure.step ?? built.failure.reason}`,
      buildFailure: built.failure
    }
  }
  onTagged(tag)
  const image = await measureImage(tag, { docker, cache })
  const parity = await verifyParity(original.tag, tag, inputs.verify, docker)
  return {
    ...generated,
    status: parity.status,
    summary: parity.summary,
    image,
    budget: alternativeBudget(inputs.budget, image),
    savings: savingsOf(original.image.size, image.size),
    details:
      parity.status === 'differs'
        ? parity.differences
        : parity.status === 'did-not-start'
          ? parity.logTail.split('\n')
          : undefined
  }
}

/**
 * The alternative against the image's own limits. Growth against the base commit is a rule for
 * the image the pull request changes, not for an image nobody has built yet, so it is left out.
 */
function alternativeBudget(budget: Budget, image: ImageMeasurement) {
  return checkBudget(budget, {
    size: image.size,
    compressedSize: image.compressedSize,
    layers: image.layers.length
  })
}
