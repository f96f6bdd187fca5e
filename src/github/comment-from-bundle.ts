import { context } from '@actions/github'
import type { CommentBundle } from '../action/comment-bundle.js'
import { renderMarkdown } from '../report/markdown.js'
import type { Octokit } from './octokit.js'
import { upsertStickyComment, type StickyResult } from './sticky-comment.js'

/**
 * Posts the comment a pull-request run left behind, from a `workflow_run` run that can write.
 * Refuses a bundle that does not name an open pull request of this repository whose head is the
 * commit the triggering run built.
 */
export async function commentFromBundle(
  octokit: Octokit,
  bundle: CommentBundle
): Promise<StickyResult> {
  const { owner, repo } = context.repo
  if (bundle.repository.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) {
    throw new Error(
      `the comment bundle names ${bundle.repository}, not this repository (${owner}/${repo})`
    )
  }
  const { data: pull } = await octokit.rest.pulls.get({
    owner,
    repo,
    pull_number: bundle.pullRequest
  })
  const builtSha: string | undefined = context.payload.workflow_run?.head_sha
  if (pull.base.repo.full_name.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) {
    throw new Error(
      `pull request #${bundle.pullRequest} is not a pull request into ${owner}/${repo}`
    )
  }
  if (pull.head.sha !== bundle.headSha || (builtSha !== undefined && builtSha !== bundle.headSha)) {
    throw new Error(
      `the comment bundle is for ${bundle.headSha.slice(0, 7)}, but pull request #${bundle.pullRequest} is at ` +
        `${pull.head.sha.slice(0, 7)}${builtSha ? ` and the run built ${builtSha.slice(0, 7)}` : ''}: not posting`
    )
  }
  return upsertStickyComment(
    octokit,
    { owner, repo, issueNumber: bundle.pullRequest, key: bundle.key },
    renderMarkdown(bundle.report, bundle.budget)
  )
}
