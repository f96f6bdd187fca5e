import {
  breaches,
  describeUnchecked,
  warnings,
  type BudgetCheck,
  type BudgetVerdict,
  type UncheckedRule
} from '../core/budget.js'
import { formatBytes } from '../core/format.js'
import type { AlternativeStatus, GivenImage } from './model.js'

// Words and marks shared by the Markdown and terminal reports, so both say the same thing.

export const STATUS_LABEL: Record<AlternativeStatus, string> = {
  verified: 'verified',
  started: 'started, not compared',
  unverified: 'ran the same, not verified',
  differs: 'behaves differently',
  'did-not-start': 'builds but did not start',
  'build-failed': 'did not build',
  'not-possible': 'scratch cannot run it',
  'not-applicable': 'no Go build found',
  skipped: 'not generated'
}

export const STATUS_MARK: Record<AlternativeStatus, string> = {
  verified: '✅',
  started: '❔',
  unverified: '❔',
  differs: '⚠️',
  'did-not-start': '❌',
  'build-failed': '❌',
  'not-possible': '🚫',
  'not-applicable': '➖',
  skipped: '➖'
}

/** `≤ 50 MB, ≤ 10 layers`, or `none` when no limit is set. */
export function describeBudget(verdict: BudgetVerdict): string {
  const limits = [
    ...verdict.checks.map(describeLimit),
    ...verdict.unchecked.map(describeUncheckedLimit)
  ]
  return limits.length === 0 ? 'none' : limits.join(', ')
}

function describeUncheckedLimit(rule: UncheckedRule): string {
  const limit = rule.name === 'increase' ? `growth ≤ ${rule.limit}` : `${rule.name} ≤ ${rule.limit}`
  return `${limit} (not checked)`
}

function describeLimit(check: BudgetCheck): string {
  switch (check.name) {
    case 'layers':
      return `≤ ${check.limit} layers`
    case 'increase':
      return `growth ≤ ${formatBytes(check.limit)}`
    case 'warn size':
      return `warn > ${formatBytes(check.limit)}`
    case 'compressed size':
      return `≤ ${formatBytes(check.limit)} compressed`
    case 'size':
      return `≤ ${formatBytes(check.limit)}`
    case 'binary size':
      return `binary ≤ ${formatBytes(check.limit)}`
  }
}

/** The mark beside a verdict: ❌ over, ⚠️ a limit not checked or past warn-size, ℹ️ no budget, ✅ within. */
export function verdictMark(verdict: BudgetVerdict): string {
  if (!verdict.within) return '❌'
  if (verdict.unchecked.length > 0) return '⚠️'
  if (verdict.checks.length === 0) return 'ℹ️'
  return warnings(verdict).length > 0 ? '⚠️' : '✅'
}

/**
 * `within budget` / `over budget: size 770 MB of 50 MB`, with any warn-size warning after it and
 * each limit that could not be checked (`not checked: increase (5%): …`): never `within budget`
 * on a limit that was not checked.
 */
export function describeVerdict(verdict: BudgetVerdict): string {
  const notChecked = describeUnchecked(verdict).map(rule => `not checked: ${rule}`)
  if (verdict.checks.length === 0)
    return notChecked.length === 0 ? 'no budget set' : notChecked.join('; ')
  const over = breaches(verdict)
  const warned = warnings(verdict).map(check => `warning: size ${check.detail}`)
  const verdictText =
    over.length > 0
      ? `over budget: ${over.map(c => `${c.name} ${c.detail}`).join(', ')}`
      : notChecked.length > 0
        ? 'within the checked limits'
        : 'within budget'
  return [verdictText, ...warned, ...notChecked].join('; ')
}

/** What decided the alternative's CA bundle and time zone database, as a report says it. */
export function describeNeedsEvidence(from: 'binary' | 'sources' | undefined): string | undefined {
  if (from === 'binary')
    return "run-time files (CA bundle, time zones) decided from the shipped binaries' function tables"
  if (from === 'sources')
    return 'run-time files (CA bundle, time zones) decided from a scan of the Go sources: a shipped binary was not read'
  return undefined
}

/** What was measured when the `image` input named it; `code` renders the name and ID. */
export function describeGivenImage(
  given: GivenImage,
  code: (text: string) => string = text => text
): string {
  return `Measured the image ${code(given.name)} (${code(shortId(given.id))}) as the image input gave it: it was not built here.`
}

/** `sha256:` and the first 12 hex digits, as `docker images` shows an ID. */
function shortId(id: string): string {
  return id.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1')
}
