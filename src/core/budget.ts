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
}

/** The figures a budget is checked against. */
export interface BudgetFigures {
  /** Undefined when not known (an image measured from a registry's manifests): not checked. */
  size?: number
  compressedSize?: number
  layers: number
  /** Size of the base branch's image, when it was measured. */
  baselineSize?: number
}

export interface BudgetCheck {
  name: 'size' | 'compressed size' | 'layers' | 'increase' | 'warn size'
  /** A `fail` check decides the verdict; a `warn` check only warns. */
  severity: 'fail' | 'warn'
  actual: number
  limit: number
  within: boolean
  /** `712 MB of 50 MB`, `14 of 10 layers`, `+3 MB of 2 MB`. */
  detail: string
}

export interface BudgetVerdict {
  /** True when every `fail` check is met (or none is set). */
  within: boolean
  checks: BudgetCheck[]
}

/** Checks figures against each limit that is set. Pure: the caller decides to fail or warn. */
export function checkBudget(budget: Budget, figures: BudgetFigures): BudgetVerdict {
  const checks: BudgetCheck[] = []
  if (budget.maxSize !== undefined && figures.size !== undefined)
    checks.push(sizeCheck('size', figures.size, budget.maxSize))
  if (budget.maxCompressedSize !== undefined && figures.compressedSize !== undefined) {
    checks.push(sizeCheck('compressed size', figures.compressedSize, budget.maxCompressedSize))
  }
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
  if (
    budget.maxIncrease !== undefined &&
    figures.baselineSize !== undefined &&
    figures.size !== undefined
  ) {
    const growth = figures.size - figures.baselineSize
    const limit = allowedGrowth(budget.maxIncrease, figures.baselineSize)
    checks.push({
      name: 'increase',
      severity: 'fail',
      actual: growth,
      limit,
      within: growth <= limit,
      detail: `${formatDelta(growth)} of ${formatGrowthLimit(budget.maxIncrease)}`
    })
  }
  if (budget.warnSize !== undefined && figures.size !== undefined) {
    checks.push({ ...sizeCheck('warn size', figures.size, budget.warnSize), severity: 'warn' })
  }
  return { within: checks.every(check => check.within || check.severity === 'warn'), checks }
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

/** One line for logs and annotations: `size 712 MB of 50 MB, layers 14 of 10 layers`. */
export function describeBreaches(verdict: BudgetVerdict): string {
  return breaches(verdict)
    .map(check => `${check.name} ${check.detail}`)
    .join(', ')
}
