import { formatBytes, formatDelta, formatGrowthLimit } from './format.js'
import { allowedGrowth, type GrowthLimit } from './size.js'

/** Limits from the inputs; an unset limit is not checked. */
export interface Budget {
  maxSize?: number
  maxCompressedSize?: number
  maxLayers?: number
  /** Most growth allowed against the base branch's image. */
  maxIncrease?: GrowthLimit
  /** An early warning below `maxSize`: never fails. */
  warnSize?: number
  /** Largest allowed Go binary of the image's own layers. */
  maxBinarySize?: number
}

/** The figures a budget is checked against. */
export interface BudgetFigures {
  /** Undefined when not known (an image measured from a registry's manifests). */
  size?: number
  compressedSize?: number
  layers: number
  /**
   * The base branch's image: its size, or why it could not be had. Absent when no base was asked
   * for (not a pull request), where `max-increase` does not apply.
   */
  baseline?: { size: number } | { unavailable: string }
  /** Bytes of the largest Go binary the image's own layers hold, when one was read. */
  binarySize?: number
}

export interface BudgetCheck {
  name: 'size' | 'compressed size' | 'layers' | 'increase' | 'warn size' | 'binary size'
  /** A `fail` check decides the verdict; a `warn` check only warns. */
  severity: 'fail' | 'warn'
  actual: number
  limit: number
  within: boolean
  /** `712 MB of 50 MB`, `14 of 10 layers`, `+3 MB of 2 MB`. */
  detail: string
}

/** A configured limit that could not be checked, and why: never counted as met. */
export interface UncheckedRule {
  name: BudgetCheck['name']
  /** The limit as configured: `5%`, `20 MB`. */
  limit: string
  /** Why it could not be checked, e.g. what git said when the base commit could not be fetched. */
  reason: string
}

export interface BudgetVerdict {
  /** True when every `fail` check that was made is met (or none is set); see `unchecked`. */
  within: boolean
  checks: BudgetCheck[]
  /** The configured limits that could not be checked. */
  unchecked: UncheckedRule[]
}

/** Checks figures against each limit that is set. Pure: the caller decides to fail or warn. */
export function checkBudget(budget: Budget, figures: BudgetFigures): BudgetVerdict {
  const checks: BudgetCheck[] = []
  const unchecked: UncheckedRule[] = []
  const { size } = figures
  // A size limit is checked against its figure, or listed as not checked when there is none.
  const sizeLimit = (
    name: BudgetCheck['name'],
    limit: number | undefined,
    actual: number | undefined,
    whyUnknown: string
  ): void => {
    if (limit === undefined) return
    if (actual !== undefined) checks.push(sizeCheck(name, actual, limit))
    else unchecked.push({ name, limit: formatBytes(limit), reason: whyUnknown })
  }
  sizeLimit(
    'size',
    budget.maxSize,
    size,
    'the uncompressed size is not known from a registry manifest'
  )
  sizeLimit(
    'compressed size',
    budget.maxCompressedSize,
    figures.compressedSize,
    'the compressed size was not measured'
  )
  if (budget.maxLayers !== undefined) {
    checks.push({
      name: 'layers',
      severity: 'fail',
      actual: figures.layers,
      limit: budget.maxLayers,
      within: figures.layers <= budget.maxLayers,
      detail: `${figures.layers} of ${budget.maxLayers} layers`
    })
  }
  const { baseline } = figures
  if (budget.maxIncrease !== undefined && baseline && 'unavailable' in baseline) {
    unchecked.push({
      name: 'increase',
      limit: formatGrowthLimit(budget.maxIncrease),
      reason: baseline.unavailable
    })
  } else if (budget.maxIncrease !== undefined && baseline && 'size' in baseline) {
    if (size === undefined) throw new Error('max-increase needs the size of the image')
    const growth = size - baseline.size
    const limit = allowedGrowth(budget.maxIncrease, baseline.size)
    checks.push({
      name: 'increase',
      severity: 'fail',
      actual: growth,
      limit,
      within: growth <= limit,
      detail: `${formatDelta(growth)} of ${formatGrowthLimit(budget.maxIncrease)}`
    })
  }
  sizeLimit(
    'binary size',
    budget.maxBinarySize,
    figures.binarySize,
    'no Go binary was read in the image'
  )
  if (budget.warnSize !== undefined && size !== undefined) {
    checks.push({ ...sizeCheck('warn size', size, budget.warnSize), severity: 'warn' })
  }
  return {
    within: checks.every(check => check.within || check.severity === 'warn'),
    checks,
    unchecked
  }
}

function sizeCheck(name: BudgetCheck['name'], actual: number, limit: number): BudgetCheck {
  return {
    name,
    severity: 'fail',
    actual,
    limit,
    within: actual <= limit,
    detail: `${formatBytes(actual)} of ${formatBytes(limit)}`
  }
}

/** The checks that decide the verdict and were not met. */
export function breaches(verdict: BudgetVerdict): BudgetCheck[] {
  return verdict.checks.filter(check => !check.within && check.severity === 'fail')
}

/** The early warnings that were passed. */
export function warnings(verdict: BudgetVerdict): BudgetCheck[] {
  return verdict.checks.filter(check => !check.within && check.severity === 'warn')
}

/**
 * What the `within-budget` output says: every configured limit was checked and met. A limit that
 * could not be checked is not taken as met, though it does not fail the step either.
 */
export function withinEveryLimit(verdict: BudgetVerdict): boolean {
  return verdict.within && verdict.unchecked.length === 0
}

/** `increase (5%): the base commit could not be fetched: …` for each limit not checked. */
export function describeUnchecked(verdict: BudgetVerdict): string[] {
  return verdict.unchecked.map(rule => `${rule.name} (${rule.limit}): ${rule.reason}`)
}

/** One line for logs and annotations: `size 712 MB of 50 MB, layers 14 of 10 layers`. */
export function describeBreaches(verdict: BudgetVerdict): string {
  return breaches(verdict)
    .map(check => `${check.name} ${check.detail}`)
    .join(', ')
}
