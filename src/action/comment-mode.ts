import * as core from '@actions/core'
import { context } from '@actions/github'
import type { Inputs } from '../core/inputs.js'
import { commentFromBundle } from '../github/comment-from-bundle.js'
import { describeRequestFailure, isRequestFailure } from '../github/request-failure.js'
import { renderMarkdown } from '../report/markdown.js'
import { readCommentBundle } from './comment-bundle.js'
import { thisRepository } from './event.js'
import { createOctokit } from './octokit.js'
import { setCommentUrlOutput } from './outputs.js'

/** `mode: comment`: post the comment a pull-request run (e.g. from a fork) left as an artifact. */
export async function postBundledComment(inputs: Inputs): Promise<void> {
  const bundle = await readCommentBundle(inputs.commentBundle)
  // Rendered again here from the report's data: the bundle's own Markdown is never posted.
  const body = renderMarkdown(bundle.report)
  const builtSha: string | undefined = context.payload.workflow_run?.head_sha
  const result = await commentFromBundle(
    createOctokit(inputs.githubToken),
    thisRepository(),
    bundle,
    builtSha,
    body
  ).catch((error: unknown) => {
    if (!isRequestFailure(error)) throw error
    throw new Error(`The pull-request comment was not posted: ${describeRequestFailure(error)}`)
  })
  core.info(`Pull-request comment ${result.action} on #${bundle.pullRequest}: ${result.url}`)
  setCommentUrlOutput(result.url)
}
