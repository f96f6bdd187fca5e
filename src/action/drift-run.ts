import * as core from '@actions/core'
import { context } from '@actions/github'
import { recordDriftRun, type DriftRecord } from '../github/drift-issue.js'
import { defaultCommentKey } from './comment.js'
import { createOctokit } from '../github/octokit.js'
import type { DriftEntry } from '../drift/history.js'
import type { Inputs } from '../core/inputs.js'
import { Output } from './outputs.js'
import type { MeasuredReport, Report } from '../report/model.js'

/** One drift run as the history keeps it. */
export function driftEntryOf(
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
    ...(image.base && { ownSize: image.size - image.base.size })
  }
}

/** Adds this run to the key's drift issue; the caller decides what an alert means for the step. */
export async function recordDrift(
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
      ...context.repo,
      label: inputs.drift.label,
      title: inputs.drift.title || `Image size drift: ${key}`,
      key,
      limit: inputs.drift.history
    },
    entry,
    inputs.drift.threshold
  )
}

/** Says what the drift run found: an alert as a warning or a failure. */
export function concludeDrift(record: DriftRecord, inputs: Inputs): void {
  core.info(`Drift history: ${record.entries.length} runs in ${record.issueUrl}`)
  if (record.recovered)
    core.warning(`The drift history could not be read and was started afresh: ${record.recovered}`)
  if (!record.alert) return
  if (inputs.drift.failOnDrift) {
    core.error(record.alert.message, { title: 'go-image-budget: size drift' })
    process.exitCode = core.ExitCode.Failure
  } else {
    core.warning(record.alert.message, { title: 'go-image-budget: size drift' })
  }
}

/**
 * Adds the run to the drift history. With `dockerfiles` each image keeps its own history, under the
 * key a run of that one Dockerfile would use, so moving a service into a monorepo run keeps it.
 */
export async function trackDrift(reports: Report[], inputs: Inputs, key: string): Promise<void> {
  const measured = reports.filter((report): report is MeasuredReport => report.kind === 'measured')
  const issueUrls: Record<string, string> = {}
  for (const report of measured) {
    const imageKey =
      inputs.dockerfiles.length === 0
        ? key
        : inputs.commentKey
          ? `${inputs.commentKey}/${report.dockerfile}`
          : defaultCommentKey(report.dockerfile)
    const title = reports.length > 1 ? ` of ${report.dockerfile}` : ''
    const record = await core.group(`Record the drift history${title}`, () =>
      recordDrift(report, inputs, imageKey)
    )
    concludeDrift(record, inputs)
    issueUrls[report.dockerfile] = record.issueUrl
  }
  // One image: the issue's URL; several: a map keyed by Dockerfile, like the other outputs.
  const urls = Object.values(issueUrls)
  if (urls.length > 0) {
    core.setOutput(Output.DriftIssueUrl, reports.length > 1 ? JSON.stringify(issueUrls) : urls[0])
  }
}
