import { formatBytes, formatGrowthLimit, formatPercent, percentOf } from '../core/format.js'
import { allowedGrowth, type GrowthLimit } from '../core/size.js'
import type { DriftEntry } from './history.js'
import { changedBases, type BaseChange } from './trend.js'

/** How much growth since the previous run is drift: a share of the previous size, or a size. */
export type DriftThreshold = GrowthLimit

export type DriftCause = 'base digest' | 'own layers'

export interface DriftCheck {
  /** The image grew past the threshold since the previous run. */
  exceeded: boolean
  /** Bytes of growth since the previous run (negative when it shrank; 0 with no previous run). */
  delta: number
  /** The growth in percent of the previous size, one decimal. */
  percent: number
  /** What changed between the two runs; empty when nothing did. */
  causes: DriftCause[]
  changedBases: BaseChange[]
  /** Growth of the Dockerfile's own layers, when both runs know their size. */
  ownDelta?: number
}

/**
 * Compares a run with the one before. Growth strictly past the threshold is drift; with no
 * threshold or no previous run, nothing is.
 */
export function checkDrift(
  previous: DriftEntry | undefined,
  current: DriftEntry,
  threshold?: DriftThreshold
): DriftCheck {
  if (!previous) return { exceeded: false, delta: 0, percent: 0, causes: [], changedBases: [] }
  const delta = current.size - previous.size
  const bases = changedBases(previous, current)
  const ownDelta =
    previous.ownSize !== undefined && current.ownSize !== undefined
      ? current.ownSize - previous.ownSize
      : undefined
  const causes: DriftCause[] = []
  if (bases.length > 0) causes.push('base digest')
  if (ownDelta !== undefined && ownDelta !== 0) causes.push('own layers')
  // With no base digest changed, a size change can only come from the build itself: its own
  // layers, or a Dockerfile that now starts from another image.
  else if (bases.length === 0 && delta !== 0) causes.push('own layers')
  const allowed = threshold === undefined ? Infinity : allowedGrowth(threshold, previous.size)
  return {
    exceeded: delta > 0 && delta > allowed,
    delta,
    percent: percentOf(delta, previous.size),
    causes,
    changedBases: bases,
    ...(ownDelta !== undefined && { ownDelta })
  }
}

/**
 * `the digest of golang:1.24 changed and own layers grew by 2.0 MB`. Image names come from the
 * Dockerfile, so each medium passes its own way of showing them safely.
 */
export function describeCauses(check: DriftCheck, showImage: (image: string) => string): string {
  const parts: string[] = []
  if (check.causes.includes('base digest')) {
    const images = check.changedBases.map(change => showImage(change.image))
    parts.push(`the digest of ${images.join(', ')} changed`)
  }
  if (check.causes.includes('own layers')) {
    const own = check.ownDelta
    parts.push(
      own === undefined || own === 0
        ? 'own layers changed'
        : `own layers ${own > 0 ? 'grew' : 'shrank'} by ${formatBytes(Math.abs(own))}`
    )
  }
  return parts.length > 0 ? parts.join(' and ') : 'nothing measured changed'
}

/** `the image grew by 12.1 MB (+1.7%) since the previous run, past the drift threshold of 5%` */
export function describeGrowthPastThreshold(check: DriftCheck, threshold: DriftThreshold): string {
  return (
    `the image grew by ${formatBytes(check.delta)} (+${formatPercent(check.percent)}) since the previous run, ` +
    `past the drift threshold of ${formatGrowthLimit(threshold)}`
  )
}

/** One line for a log or a failed step: how much, past what, and why. */
export function describeDrift(
  check: DriftCheck,
  threshold: DriftThreshold,
  showImage: (image: string) => string
): string {
  return `${describeGrowthPastThreshold(check, threshold)}: ${describeCauses(check, showImage)}`
}
