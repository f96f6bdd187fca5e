import type { BaselineMode, Inputs } from '../core/inputs.js'
import type { LayerCache } from '../measure/index.js'
import type { Baseline, BaselineSource } from '../report/model.js'
import type { DockerOptions } from '../tools/docker.js'
import { buildBaseline } from './baseline-build.js'
import { measureBaselineImage } from './baseline-image.js'
import type { Progress } from './progress.js'

/** What a run compares its image with, as the event and the inputs decided. */
export interface BaselineRequest {
  /** The pull request's base commit. */
  commit?: string
  /** `auto` takes a recorded measurement of the commit when there is one; `build` always builds. */
  mode: Exclude<BaselineMode, 'none'>
  /** `baseline-image`: compare with this image instead of the base commit. */
  image?: string
  /** Where measurements recorded by earlier runs are looked up (the action's drift issue and runner cache). */
  recorded?: RecordedBaselines
}

/** One earlier run's measurement of the same build at the same commit. */
export interface RecordedBaseline {
  size: number
  compressedSize: number
  layers: number
  source: Extract<BaselineSource, { kind: 'recorded' }>
}

export interface RecordedBaselines {
  /** The measurement recorded for this commit and build key, if any. Never throws: a store that cannot be read has none. */
  find(query: {
    commit: string
    buildKey: string
    dockerfile: string
  }): Promise<RecordedBaseline | undefined>
}

export interface BaselineOptions {
  docker?: DockerOptions
  cache?: LayerCache
  progress: Progress
  /** Tag of the base commit's image while it is measured. */
  tag: string
}

/**
 * The baseline of one image: the baseline image when one is named, else the base commit's
 * measurement as recorded by an earlier run, else the base commit built here.
 */
export async function baselineOf(
  inputs: Inputs,
  buildKey: string,
  request: BaselineRequest,
  options: BaselineOptions
): Promise<Baseline | undefined> {
  const { progress } = options
  if (request.image) {
    const image = request.image
    return progress.group(`Pull and measure the baseline image ${image}`, () =>
      measureBaselineImage(image, { ...options, commit: request.commit })
    )
  }
  const { commit } = request
  if (!commit) return undefined
  const short = commit.slice(0, 7)
  if (request.mode === 'auto' && request.recorded) {
    const recorded = request.recorded
    const found = await progress.group(`Look for a recorded measurement of ${short}`, async () => {
      const record = await recorded.find({ commit, buildKey, dockerfile: inputs.file })
      progress.info(
        record
          ? `Found one, so the base commit is not built (build key ${buildKey}).`
          : `None is recorded for build key ${buildKey}: the base commit is built.`
      )
      return record
    })
    if (found) return { status: 'measured', commit, ...found }
  }
  return progress.group(`Build and measure the base commit ${short}`, () =>
    buildBaseline(inputs, commit, options)
  )
}
