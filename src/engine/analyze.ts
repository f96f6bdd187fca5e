import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { checkBudget } from '../core/budget.js'
import { buildImage, removeTags, type BuildRequest } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { measureBaseline } from './baseline.js'
import { baseDigestsOf } from './base-digests.js'
import { stageFactsOf } from '../dockerfile/read/stage-facts.js'
import { planAlternative } from '../dockerfile/plan.js'
import { scanGoSources } from '../go-source/scan.js'
import { measureImage, type CompressedSizeCache, type ImageMeasurement } from '../measure/index.js'
import { InputError, type Inputs } from '../core/inputs.js'
import type { Progress } from './progress.js'
import {
  REPORT_SCHEMA_VERSION,
  savingsOf,
  type AlternativeReport,
  type Report,
  type ReportHeader
} from '../report/model.js'
import { verifyParity } from '../verify/parity.js'

export interface AnalyzeOptions {
  /** Also build this commit (the pull request's base) and report the change against it. */
  baselineCommit?: string
  docker?: DockerOptions
  cache?: CompressedSizeCache
  progress: Progress
}

/**
 * One analysis, shared by the action and the CLI: build → measure → budget → alternative.
 * Everything it tags is removed before it returns, whatever happened.
 */
export async function analyze(inputs: Inputs, options: AnalyzeOptions): Promise<Report> {
  const { progress } = options
  const dockerfile = await readDockerfile(inputs.file)
  const runId = randomBytes(6).toString('hex')
  const tags: string[] = []
  const header: ReportHeader = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    dockerfile: inputs.file,
    context: inputs.context,
    target: inputs.target
  }
  try {
    const tag = `go-image-budget:${runId}-original`
    const built = await progress.group(`Build ${inputs.file}`, () =>
      buildImage({ ...buildRequest(inputs, tag), onLog: progress.output }, options.docker)
    )
    if (!built.ok) return { ...header, kind: 'build-failed', failure: built.failure }
    tags.push(tag)

    const { finalStage, fromImages } = stageFactsOf(dockerfile, inputs.target, inputs.buildArgs)
    const image = await progress.group('Measure the image', () =>
      measureImage(tag, {
        docker: options.docker,
        baseImage: finalStage?.baseImage,
        cache: options.cache
      })
    )
    const { baselineCommit } = options
    const baseline = baselineCommit
      ? await progress.group(
          `Build and measure the base commit ${baselineCommit.slice(0, 7)}`,
          () =>
            measureBaseline(inputs, baselineCommit, {
              ...options,
              tag: `go-image-budget:${runId}-baseline`
            })
        )
      : undefined
    const bases = await baseDigestsOf(fromImages, options.docker)
    const budget = checkBudget(inputs.budget, {
      size: image.size,
      compressedSize: image.compressedSize,
      layers: image.layers.length,
      baselineSize: baseline?.status === 'measured' ? baseline.size : undefined
    })
    const alternative =
      inputs.alternative === 'none'
        ? skipped()
        : await progress.group('Generate and verify the scratch alternative', () =>
            buildAlternative(
              inputs,
              dockerfile,
              { tag, image },
              `go-image-budget:${runId}-scratch`,
              tags,
              options
            )
          )
    return {
      ...header,
      kind: 'measured',
      image,
      baseline,
      budget,
      alternative,
      fromLine: finalStage?.fromLine,
      bases
    }
  } finally {
    await removeTags(tags, options.docker)
  }
}

async function readDockerfile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    throw new InputError(
      `file: no Dockerfile at ${JSON.stringify(file)}; set file to its path, or context to the folder that holds a Dockerfile`
    )
  }
}

function buildRequest(inputs: Inputs, tag: string): BuildRequest {
  const { context, file, target, buildArgs, platform, builder, pull } = inputs
  return { context, file, target, buildArgs, platform, builder, pull, tag }
}

function skipped(): AlternativeReport {
  return {
    status: 'skipped',
    summary: 'the alternative input is none',
    changes: [],
    blockers: [],
    warnings: []
  }
}

async function buildAlternative(
  inputs: Inputs,
  dockerfile: string,
  original: { tag: string; image: ImageMeasurement },
  tag: string,
  tags: string[],
  { docker, cache, progress }: AnalyzeOptions
): Promise<AlternativeReport> {
  const go = await scanGoSources(inputs.context)
  const plan = planAlternative({
    dockerfile,
    target: inputs.target,
    buildArgs: inputs.buildArgs,
    go,
    goPackage: inputs.goPackage
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
  tags.push(tag)
  const image = await measureImage(tag, { docker, cache })
  const parity = await verifyParity(original.tag, tag, inputs.verify, docker)
  return {
    ...generated,
    status: parity.status,
    summary: parity.summary,
    image,
    savings: savingsOf(original.image.size, image.size),
    details:
      parity.status === 'differs'
        ? parity.differences
        : parity.status === 'did-not-start'
          ? parity.logTail.split('\n')
          : undefined
  }
}
