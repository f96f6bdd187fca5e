import * as core from '@actions/core'
import { describeBreaches, describeUnchecked, warnings } from '../core/budget.js'
import type { Inputs } from '../core/inputs.js'
import type { DriftRecord } from '../github/drift-issue.js'
import type { Report } from '../report/model.js'

/**
 * The one place that decides whether the step fails, said once at the end of the run and on the
 * Dockerfile: a failed build fails on its failing instruction; a breached budget fails or only
 * warns, as `fail-on-budget` says; a drift alert fails only with `fail-on-drift`.
 */
export function concludeRun(reports: Report[], drift: DriftRecord[], inputs: Inputs): void {
  const failed = [
    ...reports.map(report => concludeImage(report, inputs.failOnBudget)),
    ...drift.map(record => concludeDrift(record, inputs.drift.failOnDrift))
  ]
  if (failed.includes(true)) process.exitCode = core.ExitCode.Failure
}

/** Annotates one image's outcome; true when it fails the step. */
function concludeImage(report: Report, failOnBudget: boolean): boolean {
  const file = report.dockerfile
  if (report.kind === 'build-failed') {
    const { failure } = report
    core.error(
      `The image did not build${failure.step ? ` at ${failure.step}` : ''}: ${failure.reason}`,
      { title: 'go-image-budget: build failed', file, startLine: failure.line }
    )
    return true
  }
  // The final stage's FROM is where the bytes come from, so that is the line a breach points at.
  const where = { title: 'go-image-budget', file, startLine: report.fromLine }
  for (const check of warnings(report.budget))
    core.warning(`Image past warn-size: ${check.detail}`, where)
  // A limit that could not be checked does not fail the step, but it is never silent.
  for (const rule of describeUnchecked(report.budget))
    core.warning(`Budget limit not checked: ${rule}`, where)
  if (report.budget.within) return false
  const message = `Image over budget: ${describeBreaches(report.budget)}`
  if (!failOnBudget) {
    core.warning(`${message} (fail-on-budget: false, so this only warns)`, where)
    return false
  }
  core.error(message, where)
  return true
}

/** Says what a drift run found: an alert as a warning, or a failure with `fail-on-drift`. */
function concludeDrift(record: DriftRecord, failOnDrift: boolean): boolean {
  if (!record.alert) return false
  const title = 'go-image-budget: size drift'
  if (!failOnDrift) {
    core.warning(record.alert.message, { title })
    return false
  }
  core.error(record.alert.message, { title })
  return true
}
