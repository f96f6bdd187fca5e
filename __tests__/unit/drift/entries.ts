import { parseInputs } from '../../../src/core/inputs.js'
import type { DriftEntry } from '../../../src/drift/history.js'
import type { DriftThreshold } from '../../../src/drift/threshold.js'

export const GOLANG_OLD = `sha256:${'1'.repeat(64)}`
export const GOLANG_NEW = `sha256:${'2'.repeat(64)}`
export const DISTROLESS = `sha256:${'3'.repeat(64)}`

/** The run of day `day` (1 = 2026-11-01), with the figures of a typical Go service image. */
export function driftEntry(day: number, overrides: Partial<DriftEntry> = {}): DriftEntry {
  return {
    runId: `run-${day}`,
    time: new Date(Date.UTC(2026, 10, day, 6, 0)).toISOString(),
    commit: `${String(day).padStart(2, '0')}`.padEnd(40, 'a'),
    size: 700_000_000,
    compressedSize: 250_000_000,
    layers: 12,
    alternativeSize: 8_100_000,
    bases: [
      { image: 'golang:1.24', digest: GOLANG_OLD },
      { image: 'gcr.io/distroless/static-debian12', digest: DISTROLESS }
    ],
    ownSize: 12_000_000,
    ...overrides
  }
}

/** A drift threshold as the drift-threshold input reads it, e.g. `5%` or `10MB`. */
export function driftThreshold(text: string): DriftThreshold {
  const threshold = parseInputs(name => (name === 'drift-threshold' ? text : '')).drift.threshold
  if (!threshold) throw new Error(`no drift threshold in ${JSON.stringify(text)}`)
  return threshold
}
