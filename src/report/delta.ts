import type { ImageMeasurement } from '../measure/types.js'
import type { Baseline } from './model.js'
import { formatAge, formatChange, formatCountChange, percentOf } from '../core/format.js'

/** A mark for how much an image grew: the thresholds reviewers told apart at a glance. */
export function growthMark(percent: number): string {
  if (percent < 0) return '🟢'
  if (percent >= 50) return '🚨'
  if (percent >= 20) return '🔴'
  if (percent >= 10) return '🟠'
  if (percent >= 5) return '🟡'
  return ''
}

/** One line on how the image changed against the base branch, in plain text (no Markdown). */
export function describeBaseline(baseline: Baseline, image: ImageMeasurement): string {
  const against = baselineName(baseline)
  if (baseline.status === 'new-image')
    return `New image: the base commit ${shortCommit(baseline.commit)} has no such Dockerfile.`
  if (baseline.status === 'unavailable') return `No comparison with ${against}: ${baseline.reason}`
  const layers = image.layers.length - baseline.layers
  if (
    image.size === baseline.size &&
    image.compressedSize === baseline.compressedSize &&
    layers === 0
  ) {
    return `Unchanged against ${against}.`
  }
  const mark = growthMark(percentOf(image.size - baseline.size, baseline.size))
  return [
    `${mark ? `${mark} ` : ''}Against ${against}: size ${formatChange(baseline.size, image.size)}`,
    `compressed ${formatChange(baseline.compressedSize, image.compressedSize)}`,
    `layers ${formatCountChange(baseline.layers, image.layers.length)}`
  ].join(', ')
}

/**
 * Where a measured baseline came from, in plain text: `recorded on main at abc1234, 3 h ago`,
 * `built from abc1234`, or `pulled from ghcr.io/acme/api:main (sha256:0123456789ab)`.
 */
export function describeBaselineSource(baseline: Baseline): string | undefined {
  if (baseline.status !== 'measured') return undefined
  const { source } = baseline
  const commit = baseline.commit ? shortCommit(baseline.commit) : 'the base commit'
  switch (source.kind) {
    case 'built':
      return `built from ${commit}`
    case 'recorded': {
      const where = source.branch
        ? `on ${source.branch}`
        : source.store === 'runner-cache'
          ? 'in the runner cache'
          : 'in the drift history'
      return `recorded ${where} at ${commit}, ${formatAge(source.ageSeconds)}`
    }
    case 'image': {
      const id = source.id.replace(/^sha256:/, '').slice(0, 12)
      return source.pulled
        ? `pulled from ${baseline.image} (${id})`
        : `the engine's copy of ${baseline.image} (${id}), which could not be pulled`
    }
  }
}

/** `the base commit abc1234`, or `the image ghcr.io/acme/api:main` for baseline-image. */
export function baselineName(baseline: Baseline): string {
  if (baseline.status !== 'new-image' && baseline.image) return `the image ${baseline.image}`
  return `the base commit ${shortCommit(baseline.commit ?? '')}`
}

function shortCommit(commit: string): string {
  return commit.slice(0, 7)
}
