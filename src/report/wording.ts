import { breaches, warnings, type BudgetCheck, type BudgetVerdict } from '../core/budget.js'
import { formatBytes } from '../core/format.js'
import type { AlternativeStatus } from './model.js'

// Words and marks shared by the Markdown and terminal reports, so both say the same thing.

export const STATUS_LABEL: Record<AlternativeStatus, string> = {
  verified: 'verified',
  differs: 'behaves differently',
  'did-not-start': 'builds but did not start',
  'build-failed': 'did not build',
  'not-possible': 'scratch cannot run it',
  'not-applicable': 'no Go build found',
  skipped: 'not generated'
}

export const STATUS_MARK: Record<AlternativeStatus, string> = {
  verified: '✅',
  differs: '⚠️',
  'did-not-start': '❌',
  'build-failed': '❌',
  'not-possible': '🚫',
  'not-applicable': '➖',
  skipped: '➖'
}

/** `≤ 50 MB, ≤ 10 layers`, or `none` when no limit is set. */
export function describeBudget(verdict: BudgetVerdict): string {
  if (verdict.checks.length === 0) return 'none'
  return verdict.checks.map(describeLimit).join(', ')
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
  }
}

/** The mark beside a verdict: ℹ️ no budget, ❌ over, ⚠️ past warn-size, ✅ within. */
export function verdictMark(verdict: BudgetVerdict): string {
  if (verdict.checks.length === 0) return 'ℹ️'
  if (!verdict.within) return '❌'
  return warnings(verdict).length > 0 ? '⚠️' : '✅'
}

/** `within budget` / `over budget: size 770 MB of 50 MB`, with any warn-size warning after it. */
export function describeVerdict(verdict: BudgetVerdict): string {
  if (verdict.checks.length === 0) return 'no budget set'
  const over = breaches(verdict)
  const warned = warnings(verdict).map(check => `warning: size ${check.detail}`)
  const verdictText =
    over.length === 0
      ? 'within budget'
      : `over budget: ${over.map(c => `${c.name} ${c.detail}`).join(', ')}`
  return [verdictText, ...warned].join('; ')
}

/** What decided the alternative's CA bundle and time zone database, as a report says it. */
export function describeNeedsEvidence(from: 'binary' | 'sources' | undefined): string | undefined {
  if (from === 'binary')
    return "run-time files (CA bundle, time zones) decided from the shipped binaries' function tables"
  if (from === 'sources')
    return 'run-time files (CA bundle, time zones) decided from a scan of the Go sources: a shipped binary was not read'
  return undefined
}
