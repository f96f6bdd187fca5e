import * as core from '@actions/core'
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
