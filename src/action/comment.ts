import * as core from '@actions/core'
import { context } from '@actions/github'
import type { CommentMode, Inputs } from '../core/inputs.js'
import { createOctokit } from '../github/octokit.js'
import { findPullRequest, isPullRequestEvent } from '../github/pull-request.js'
import { upsertStickyComment } from '../github/sticky-comment.js'

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
    const issueNumber = await findPullRequest(octokit, request.mode === 'always')
    if (issueNumber === undefined) {
      core.info('No pull request for this run: no comment.')
      return undefined
    }
    const result = await upsertStickyComment(
      octokit,
      { ...context.repo, issueNumber, key: request.key },
      request.body
    )
    core.info(`Pull-request comment ${result.action}: ${result.url}`)
    return result.url
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint =
      status === 403 || status === 404
        ? ' The token cannot write here (a pull request from a fork, or missing `permissions: pull-requests: write`).'
        : ''
    core.warning(
      `The pull-request comment was not written: ${(error as Error).message}.${hint} The job summary has the full report.`
    )
    return undefined
  }
}

/** The default comment key: workflow, job and Dockerfile, so matrix jobs and workflows never share a comment. */
export function defaultCommentKey(file: string): string {
  return [context.workflow, context.job, file].filter(Boolean).join('/')
}

/**
 * What the default comment key names: the Dockerfile, or the `dockerfiles` patterns, so the comment
 * stays the same one when a pull request adds an image. Only characters a comment bundle accepts.
 */
export function defaultCommentKeyFor(inputs: Inputs): string {
  if (inputs.dockerfiles.length === 0) return defaultCommentKey(inputs.file)
  return defaultCommentKey(inputs.dockerfiles.join(' ').replace(/[^\w ./:@+-]+/g, '-'))
}
