import type { ImageMeasurement } from '../measure/types.js'
import type { Baseline } from './model.js'
import { formatChange, formatCountChange, percentOf } from '../core/format.js'

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
  const commit = baseline.commit.slice(0, 7)
  if (baseline.status === 'new-image')
    return `New image: the base commit ${commit} has no such Dockerfile.`
  if (baseline.status === 'unavailable')
    return `No comparison with the base commit ${commit}: ${baseline.reason}`
  const layers = image.layers.length - baseline.layers
  if (
    image.size === baseline.size &&
    image.compressedSize === baseline.compressedSize &&
    layers === 0
  ) {
    return `Unchanged against the base commit ${commit}.`
  }
  const mark = growthMark(percentOf(image.size - baseline.size, baseline.size))
  return [
    `${mark ? `${mark} ` : ''}Against the base commit ${commit}: size ${formatChange(baseline.size, image.size)}`,
    `compressed ${formatChange(baseline.compressedSize, image.compressedSize)}`,
    `layers ${formatCountChange(baseline.layers, image.layers.length)}`
  ].join(', ')
}
