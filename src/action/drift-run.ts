import * as core from '@actions/core'
import { context } from '@actions/github'
import type { Inputs } from '../core/inputs.js'
import type { DriftEntry } from '../drift/history.js'
import { recordDriftRun, type DriftRecord } from '../github/drift-issue.js'
import type { MeasuredReport, Report } from '../report/model.js'
import { driftKeyOf } from './comment-key.js'
import { thisRepository } from './event.js'
import { createOctokit } from './octokit.js'
import { setDriftIssueOutput } from './outputs.js'

/** One drift run as the history keeps it. */
function driftEntryOf(
  report: MeasuredReport,
  run: { runId: string; commit: string; time: Date }
): DriftEntry {
  const { image, alternative } = report
  return {
    runId: run.runId,
    time: run.time.toISOString(),
    commit: run.commit,
    size: image.size,
    compressedSize: image.compressedSize,
    layers: image.layers.length,
    ...(alternative.image && { alternativeSize: alternative.image.size }),
    bases: report.bases,
    ...(image.base && { ownSize: image.size - image.base.size }),
    ...(report.buildKey && { buildKey: report.buildKey })
  }
}

/**
 * Adds the run of each measured image to its drift history; what an alert means for the step is
 * the verdict's to say.
 */
export async function trackDrift(
  reports: Report[],
  inputs: Inputs,
  runKey: string
): Promise<DriftRecord[]> {
  const measured = reports.filter((report): report is MeasuredReport => report.kind === 'measured')
  const records: DriftRecord[] = []
  const issueUrls: Record<string, string> = {}
  for (const report of measured) {
    const title = reports.length > 1 ? ` of ${report.dockerfile}` : ''
    const record = await core.group(`Record the drift history${title}`, () =>
      recordDrift(report, inputs, driftKeyOf(report.dockerfile, inputs, runKey))
    )
    core.info(`Drift history: ${record.entries.length} runs in ${record.issueUrl}`)
    if (record.recovered)
      core.warning(
        `The drift history could not be read and was started afresh: ${record.recovered}`
      )
    records.push(record)
    issueUrls[report.dockerfile] = record.issueUrl
  }
  setDriftIssueOutput(issueUrls, reports.length > 1)
  return records
}

async function recordDrift(
  report: MeasuredReport,
  inputs: Inputs,
  key: string
): Promise<DriftRecord> {
  const entry = driftEntryOf(report, {
    // A re-run of the same workflow run replaces its entry instead of adding one.
    runId: process.env.GITHUB_RUN_ID || `local-${Date.now()}`,
    commit: context.sha,
    time: new Date()
  })
  return recordDriftRun(
    createOctokit(inputs.githubToken),
    {
      ...thisRepository(),
      label: inputs.drift.label,
      title: inputs.drift.title || `Image size drift: ${key}`,
      key,
      limit: inputs.drift.history
    },
    entry,
    inputs.drift.threshold
  )
}
