import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { buildKeyOf } from '../core/build-key.js'
import { checkBudget } from '../core/budget.js'
import { InputError, type Inputs } from '../core/inputs.js'
import { PLATFORM_FORMS, unknownPlatformPart } from '../core/platform.js'
import { stageFactsOf } from '../dockerfile/read/stage-facts.js'
import { unreadableDockerfile } from '../dockerfile/read/unreadable.js'
import { measureImageAndFilesystem, type LayerCache } from '../measure/index.js'
import { scanGoSources } from '../go-source/scan.js'
import { largestBinary } from '../report/inside.js'
import {
  REPORT_SCHEMA_VERSION,
  type Baseline,
  type Report,
  type ReportHeader
} from '../report/model.js'
import { builderPlatforms, removeTags } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { buildAlternative, skippedAlternative } from './alternative.js'
import { baseDigestsOf } from './base-digests.js'
import { baselineOf, type BaselineRequest } from './baseline.js'
import { startEarlyAlternative } from './early-alternative.js'
import { checkOriginal, originalImage } from './original-image.js'
import type { Progress } from './progress.js'

export interface AnalyzeOptions {
  /** What to compare the image with (the pull request's base commit, or a baseline image). */
  baseline?: BaselineRequest
  docker?: DockerOptions
  cache?: LayerCache
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
  const bytes = await readDockerfile(inputs.file)
  const runId = options.runId ?? randomBytes(6).toString('hex')
  const tags = new Set<string>()
  const buildKey = buildKeyOf(inputs)
  const header: ReportHeader = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    dockerfile: inputs.file,
    context: inputs.context,
    target: inputs.target,
    buildKey
  }
  if (inputs.platform) await checkPlatform(inputs.platform, inputs.builder, options.docker)
  const unreadable = unreadableDockerfile(bytes)
  if (unreadable) return { ...header, kind: 'build-failed', failure: { ...unreadable, tail: [] } }
  const dockerfile = new TextDecoder().decode(bytes)
  const given = await checkOriginal(inputs, progress, options.docker)
  const go =
    inputs.alternative === 'none'
      ? undefined
      : await scanGoSources(inputs.context, inputs.goPackage)
  const scratchTag = `go-image-budget:${runId}-scratch`
  // Started now, it builds while the image builds; it ends (or is stopped) before the tags go.
  const early = go && startEarlyAlternative(inputs, dockerfile, go, scratchTag, options.docker)
  if (early) tags.add(scratchTag)
  try {
    const original = await originalImage(
      inputs,
      given,
      `go-image-budget:${runId}-original`,
      progress,
      options.docker
    )
    if (!original.ok) return { ...header, kind: 'build-failed', failure: original.failure }
    // Only what this run made goes: never the image the `image` input named.
    if (original.built) tags.add(original.ref)
    const tag = original.ref
    // The alternative built beside the image is checked beside it while the image is measured.
    early?.check(tag, options.cache)

    const { finalStage, fromImages } = stageFactsOf(dockerfile, inputs.target, inputs.buildArgs)
    const { image, filesystem } = await progress.group('Measure the image', () =>
      measureImageAndFilesystem(tag, {
        docker: options.docker,
        baseImage: finalStage?.baseImage,
        cache: options.cache,
        onProgress: progress.measuring?.bind(progress),
        registry: { githubToken: inputs.githubToken }
      })
    )
    const baseline = options.baseline
      ? await baselineOf(inputs, buildKey, options.baseline, {
          ...options,
          tag: `go-image-budget:${runId}-baseline`
        })
      : undefined
    const bases = await baseDigestsOf(fromImages, options.docker)
    const budget = checkBudget(inputs.budget, {
      size: image.size,
      compressedSize: image.compressedSize,
      layers: image.layers.length,
      baseline: baseline && baselineFigure(baseline),
      binarySize: largestBinary(image)?.bytes
    })
    const alternative = !go
      ? skippedAlternative()
      : await progress.group('Generate and verify the scratch alternative', () =>
          buildAlternative(
            inputs,
            { dockerfile, go },
            { tag, image, filesystem },
            { tag: scratchTag, early, onTagged: made => tags.add(made) },
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
      bases,
      givenImage: original.built ? undefined : original.given
    }
  } finally {
    await early?.stop()
    await removeTags([...tags], options.docker)
  }
}

/** The base commit's size for the growth rule, or why there is none to compare with. */
function baselineFigure(baseline: Baseline): { size: number } | { unavailable: string } {
  if (baseline.status === 'measured') return { size: baseline.size }
  if (baseline.status === 'new-image') {
    return { unavailable: `the base commit ${baseline.commit.slice(0, 7)} has no such Dockerfile` }
  }
  return { unavailable: baseline.reason }
}

/**
 * A well-formed platform BuildKit does not know fails late, as a registry lookup of a manifest
 * that cannot exist: say so first, with what the builder builds.
 */
async function checkPlatform(
  platform: string,
  builder: string | undefined,
  docker: DockerOptions | undefined
): Promise<void> {
  const unknown = unknownPlatformPart(platform)
  if (!unknown) return
  const builds = await builderPlatforms(builder, docker)
  const offered = builds
    ? `; the builder ${JSON.stringify(builds.builder)} builds ${builds.platforms.join(', ')}`
    : ''
  throw new InputError(
    `platform: ${JSON.stringify(platform)} names an unknown ${unknown}${offered} (the form is ${PLATFORM_FORMS})`
  )
}

async function readDockerfile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file)
  } catch {
    throw new InputError(
      `file: no Dockerfile at ${JSON.stringify(file)}; set file to its path, or context to the folder that holds a Dockerfile`
    )
  }
}
