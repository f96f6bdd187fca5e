import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { checkBudget } from '../core/budget.js'
import { InputError, type Inputs } from '../core/inputs.js'
import { stageFactsOf } from '../dockerfile/read/stage-facts.js'
import { measureImageAndFilesystem, type CompressedSizeCache } from '../measure/index.js'
import { REPORT_SCHEMA_VERSION, type Report, type ReportHeader } from '../report/model.js'
import { buildImage, removeTags } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { buildAlternative, skippedAlternative } from './alternative.js'
import { baseDigestsOf } from './base-digests.js'
import { measureBaseline } from './baseline.js'
import { buildRequest } from './build-request.js'
import type { Progress } from './progress.js'

export interface AnalyzeOptions {
  /** Also build this commit (the pull request's base) and report the change against it. */
  baselineCommit?: string
  docker?: DockerOptions
  cache?: CompressedSizeCache
  progress: Progress
  /** Names the run's temporary tags (`go-image-budget:<runId>-…`); random unless given. */
  runId?: string
}

/**
 * One analysis, shared by the action and the CLI: build → measure → budget → alternative.
 * Everything it tags is removed before it returns, whatever happened.
 */
export async function analyze(inputs: Inputs, options: AnalyzeOptions): Promise<Report> {
  const { progress } = options
  const dockerfile = await readDockerfile(inputs.file)
  const runId = options.runId ?? randomBytes(6).toString('hex')
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
    const { image, filesystem } = await progress.group('Measure the image', () =>
      measureImageAndFilesystem(tag, {
        docker: options.docker,
        baseImage: finalStage?.baseImage,
        cache: options.cache,
        registry: { githubToken: inputs.githubToken }
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
        ? skippedAlternative()
        : await progress.group('Generate and verify the scratch alternative', () =>
            buildAlternative(
              inputs,
              dockerfile,
              { tag, image, filesystem },
              `go-image-budget:${runId}-scratch`,
              made => tags.push(made),
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
