import * as core from '@actions/core'
import { context } from '@actions/github'
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { annotateAlternative } from './annotations.js'
import { writeCommentBundle } from './comment-bundle.js'
import { isPullRequestEvent } from '../github/pull-request.js'
import { publishComment } from './comment.js'
import type { Inputs } from '../core/inputs.js'
import { Output, outputsOfAll, setOutputs } from './outputs.js'
import { jsonReportOf, writeJsonReport } from '../report/json.js'
import { renderManyMarkdown } from '../report/markdown.js'
import type { Report } from '../report/model.js'
import { runnerTemp, writeJobSummary } from './runner.js'

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
  const reportPath = await writeJsonReport(jsonReportOf(reports), runnerTemp(), options.commentKey)
  const notice = options.notice ? `> [!WARNING]\n> ${options.notice}\n\n` : ''
  await writeJobSummary(notice + renderManyMarkdown(reports, inputs.budget, SUMMARY_LIMIT))
  const commentBody = renderManyMarkdown(reports, inputs.budget)
  const commentUrl = await publishComment({
    mode: inputs.comment,
    key: options.commentKey,
    token: inputs.githubToken,
    body: commentBody
  })
  setOutputs(outputsOfAll(reports, reportPath, commentUrl))
  if (isPullRequestEvent()) {
    if (single) {
      core.setOutput(
        Output.CommentBundle,
        await leaveCommentBundle(single, inputs, options.commentKey, commentBody)
      )
    } else {
      core.info(
        'No comment bundle: mode: comment posts the comment of one image, and this run measured several.'
      )
    }
  }
  for (const report of reports) annotateAlternative(report)
}

/**
 * What a `mode: comment` run needs to comment for a pull request whose own token cannot, with the
 * comment as Markdown beside it for a person reading the artifact.
 */
async function leaveCommentBundle(
  report: Report,
  inputs: Inputs,
  key: string,
  markdown: string
): Promise<string> {
  const pull = context.payload.pull_request
  const dir = path.join(runnerTemp(), 'go-image-budget-comment', key.replace(/[^\w.-]+/g, '-'))
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'comment.md'), markdown)
  return writeCommentBundle(dir, {
    repository: `${context.repo.owner}/${context.repo.repo}`,
    pullRequest: pull?.number ?? 0,
    headSha: pull?.head?.sha ?? context.sha,
    key,
    budget: inputs.budget,
    report
  })
}
