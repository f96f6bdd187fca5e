import type { Octokit, Repository } from './octokit.js'
import { upsertStickyComment, type StickyResult } from './sticky-comment.js'

/** Where a bundle says its comment goes, as the `mode: comment` run read it. */
export interface BundledComment {
  /** `owner/name` the pull-request run ran in. */
  repository: string
  pullRequest: number
  /** The head commit the pull-request run built. */
  headSha: string
  key: string
}

/**
 * Posts the comment a pull-request run left behind, from a `workflow_run` run that can write.
 * Refuses a bundle that does not name an open pull request of REPOSITORY whose head is the commit
 * the triggering run built (`builtSha`, when the event says).
 */
export async function commentFromBundle(
  octokit: Octokit,
  repository: Repository,
  bundle: BundledComment,
  builtSha: string | undefined,
  body: string
): Promise<StickyResult> {
  const { owner, repo } = repository
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
    body
  )
}
