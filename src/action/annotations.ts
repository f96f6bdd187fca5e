import * as core from '@actions/core'
import { describeBreaches, warnings } from '../core/budget.js'
import type { Report } from '../report/model.js'

/** Blockers and warnings of the alternative, on their Dockerfile lines. They never fail the step. */
export function annotateAlternative(report: Report): void {
  if (report.kind !== 'measured') return
  const file = report.dockerfile
  for (const blocker of report.alternative.blockers) {
    core.warning(blocker.message, {
      title: 'Scratch cannot run this',
      file,
      startLine: blocker.line
    })
  }
  for (const warning of report.alternative.warnings) {
    core.warning(warning.message, { title: 'Scratch alternative', file, startLine: warning.line })
  }
}

/**
 * The step's verdict, said once and on the Dockerfile: a failed build fails on its failing
 * instruction; a breached budget fails or only warns, as `fail-on-budget` says.
 */
export function concludeRun(report: Report, failOnBudget: boolean): void {
  const file = report.dockerfile
  if (report.kind === 'build-failed') {
    const { failure } = report
    core.error(
      `The image did not build${failure.step ? ` at ${failure.step}` : ''}: ${failure.reason}`,
      {
        title: 'go-image-budget: build failed',
        file,
        startLine: failure.line
      }
    )
    process.exitCode = core.ExitCode.Failure
    return
  }
  // The final stage's FROM is where the bytes come from, so that is the line a breach points at.
  const where = { title: 'go-image-budget', file, startLine: report.fromLine }
  for (const check of warnings(report.budget))
    core.warning(`Image past warn-size: ${check.detail}`, where)
  if (report.budget.within) return
  const message = `Image over budget: ${describeBreaches(report.budget)}`
  if (failOnBudget) {
    core.error(message, where)
    process.exitCode = core.ExitCode.Failure
  } else {
    core.warning(`${message} (fail-on-budget: false, so this only warns)`, where)
  }
}
