import * as core from '@actions/core'
import { readCommentBundle } from './comment-bundle.js'
import { commentFromBundle } from '../github/comment-from-bundle.js'
import { createOctokit } from '../github/octokit.js'
import type { Inputs } from '../core/inputs.js'
import { Output } from './outputs.js'

/** `mode: comment`: post the comment a pull-request run (e.g. from a fork) left as an artifact. */
export async function postBundledComment(inputs: Inputs): Promise<void> {
  const bundle = await readCommentBundle(inputs.commentBundle)
  const result = await commentFromBundle(createOctokit(inputs.githubToken), bundle)
  core.info(`Pull-request comment ${result.action} on #${bundle.pullRequest}: ${result.url}`)
  core.setOutput(Output.CommentUrl, result.url)
}
