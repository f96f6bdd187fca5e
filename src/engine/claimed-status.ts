import type { GoFacts } from '../go-source/types.js'
import type { AlternativeStatus } from '../report/model.js'
import type { ParityResult } from '../verify/types.js'

/**
 * What the report may claim from the parity run. `verified` rests on the run and on the facts the
 * alternative was generated from: when the Go source scan stopped inside the program's own
 * packages, what it carries (CA bundle, time zones, runtime files) was decided on part of the
 * program, and a run without network cannot notice what is missing, so it is `unverified`.
 */
export function claimedStatus(
  parity: ParityResult,
  go: GoFacts
): { status: AlternativeStatus; summary: string } {
  if (parity.status !== 'verified' || !go.unread?.program)
    return { status: parity.status, summary: parity.summary }
  return {
    status: 'unverified',
    summary: `${parity.summary}, but the Go source scan stopped before it read all of the program's own packages, so what the alternative carries was decided on part of the program`
  }
}
