import * as core from '@actions/core'
import type { CommentMode } from '../core/inputs.js'
import { describeRequestFailure } from '../github/request-failure.js'
import { upsertStickyComment } from '../github/sticky-comment.js'
import { isPullRequestEvent, pullRequestOfRun, thisRepository } from './event.js'
import { createOctokit } from './octokit.js'

export interface CommentRequest {
  mode: CommentMode
  key: string
  token: string
  body: string
}

/**
 * Posts or updates the sticky pull-request comment and returns its URL. A comment that cannot be
 * written (a fork's read-only token, an API outage) is a warning, never the step's verdict.
 */
export async function publishComment(request: CommentRequest): Promise<string | undefined> {
  if (request.mode === 'never') return undefined
  if (request.mode === 'auto' && !isPullRequestEvent()) return undefined
  if (!request.token) {
    core.warning(
      'No github-token: the pull-request comment was skipped. Pass github-token: ${{ github.token }}.'
    )
    return undefined
  }
  try {
    const octokit = createOctokit(request.token)
    const issueNumber = await pullRequestOfRun(octokit, request.mode === 'always')
    if (issueNumber === undefined) {
      core.info('No pull request for this run: no comment.')
      return undefined
    }
    const result = await upsertStickyComment(
      octokit,
      { ...thisRepository(), issueNumber, key: request.key },
      request.body
    )
    core.info(`Pull-request comment ${result.action}: ${result.url}`)
    return result.url
  } catch (error) {
    core.warning(
      `The pull-request comment was not written: ${describeRequestFailure(error)}. The job summary has the full report.`
    )
    return undefined
  }
}
