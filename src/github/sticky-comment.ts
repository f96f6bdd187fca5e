import type { Octokit } from './octokit.js'
import { markerFor, ownedByMarker } from './marked.js'

export interface StickyTarget {
  owner: string
  repo: string
  issueNumber: number
  /** Tells our comments apart from each other: one comment per key. */
  key: string
}

export interface StickyResult {
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

export { markerFor } from './marked.js'

/**
 * Creates the comment for this key, or replaces the body of the one made before; never a second one.
 * The body is sent whole in one request, so a comment is either fully updated or left as it was.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyTarget,
  body: string
): Promise<StickyResult> {
  const marker = markerFor(target.key)
  const fullBody = `${marker}\n${body}`
  const { owner, repo, issueNumber } = target
  const existing = await findStickyComment(octokit, target)
  if (existing) {
    if (existing.body === fullBody) return { url: existing.html_url, action: 'unchanged' }
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: existing.id,
      body: fullBody
    })
    return { url: data.html_url, action: 'updated' }
  }
  const { data } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: fullBody
  })
  return settleRace(octokit, target, { id: data.id, url: data.html_url }, fullBody)
}

/**
 * Two runs on one pull request can both find no comment and both create one. Each looks again after
 * creating: the oldest marked comment stays (with this run's body) and any newer one is deleted.
 */
async function settleRace(
  octokit: Octokit,
  target: StickyTarget,
  created: { id: number; url: string },
  fullBody: string
): Promise<StickyResult> {
  const marked = await listStickyComments(octokit, target)
  const keeper = marked[0]
  if (!keeper || keeper.id === created.id) return { url: created.url, action: 'created' }
  const { owner, repo } = target
  await octokit.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body: fullBody })
  for (const duplicate of marked.slice(1)) {
    await octokit.rest.issues
      .deleteComment({ owner, repo, comment_id: duplicate.id })
      .catch(() => undefined)
  }
  return { url: keeper.html_url, action: 'updated' }
}

interface IssueComment {
  id: number
  body?: string
  html_url: string
  author_association: string
  user: { type: string } | null
}

/** The oldest comment this key owns, if any. */
export async function findStickyComment(
  octokit: Octokit,
  target: StickyTarget
): Promise<IssueComment | undefined> {
  return (await listStickyComments(octokit, target))[0]
}

/** Pages through every comment on the issue and keeps ours for this key, oldest first. */
async function listStickyComments(octokit: Octokit, target: StickyTarget): Promise<IssueComment[]> {
  const comments: IssueComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  return ownedByMarker(comments, markerFor(target.key))
}
