import * as core from '@actions/core'
import { context } from '@actions/github'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { Inputs } from '../core/inputs.js'
import { jsonReportOf, renderJson, type JsonReport } from '../report/json.js'
import { renderManyMarkdown } from '../report/markdown.js'
import type { Report } from '../report/model.js'
import { annotateAlternative } from './annotations.js'
import { writeCommentBundle } from './comment-bundle.js'
import { publishComment } from './comment.js'
import { isPullRequestEvent, thisRepository } from './event.js'
import { setCommentBundleOutput, setReportOutputs } from './outputs.js'

// GitHub shows at most 1 MiB of job summary per step; a comment has a tighter limit of its own.
const SUMMARY_LIMIT = 1_000_000

export interface PublishOptions {
  commentKey: string
  /** A warning to put above the summary (e.g. an untrusted checkout). */
  notice?: string
}

/**
 * Puts the run's reports everywhere a reader looks: the JSON file, the job summary, the sticky
 * comment, the step outputs and the annotations. One report is published as it always was; several
 * share one JSON file, one summary and one comment. The summary and the JSON are written before the
 * comment, so a comment that cannot be written still leaves them complete.
 */
export async function publishReports(
  reports: Report[],
  inputs: Inputs,
  options: PublishOptions
): Promise<void> {
  const [only] = reports
  const single = only && reports.length === 1 ? only : undefined
  const reportPath = await writeJsonReport(jsonReportOf(reports), options.commentKey)
  const notice = options.notice ? `> [!WARNING]\n> ${options.notice}\n\n` : ''
  await writeJobSummary(notice + renderManyMarkdown(reports, SUMMARY_LIMIT))
  const commentBody = renderManyMarkdown(reports)
  const commentUrl = await publishComment({
    mode: inputs.comment,
    key: options.commentKey,
    token: inputs.githubToken,
    body: commentBody
  })
  setReportOutputs(reports, reportPath, commentUrl)
  if (isPullRequestEvent()) {
    if (single) {
      setCommentBundleOutput(await leaveCommentBundle(single, options.commentKey, commentBody))
    } else {
      core.info(
        'No comment bundle: mode: comment posts the comment of one image, and this run measured several.'
      )
    }
  }
  for (const report of reports) annotateAlternative(report)
}

/** Where files of this run go: the runner's temp dir, which the runner empties after the job. */
function runnerTemp(): string {
  return process.env.RUNNER_TEMP || tmpdir()
}

/** Writes the JSON report under a name derived from the comment key; returns its path. */
export async function writeJsonReport(report: JsonReport, key: string): Promise<string> {
  const dir = runnerTemp()
  await mkdir(dir, { recursive: true })
  const name = `go-image-budget-${key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report'}.json`
  const file = path.join(dir, name)
  await writeFile(file, renderJson(report))
  return file
}

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}

/**
 * What a `mode: comment` run needs to comment for a pull request whose own token cannot, with the
 * comment as Markdown beside it for a person reading the artifact.
 */
async function leaveCommentBundle(report: Report, key: string, markdown: string): Promise<string> {
  const pull = context.payload.pull_request
  const dir = path.join(runnerTemp(), 'go-image-budget-comment', key.replace(/[^\w.-]+/g, '-'))
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'comment.md'), markdown)
  const { owner, repo } = thisRepository()
  return writeCommentBundle(dir, {
    repository: `${owner}/${repo}`,
    pullRequest: pull?.number ?? 0,
    headSha: pull?.head?.sha ?? context.sha,
    key,
    report
  })
}
