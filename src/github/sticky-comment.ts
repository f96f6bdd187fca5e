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
 * It repairs itself: a comment deleted between the look-up and the edit is written again, and when
 * copies exist (a clean-up that failed once) the oldest stays and the others this identity wrote go.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyTarget,
  body: string
): Promise<StickyResult> {
  const fullBody = `${markerFor(target.key)}\n${body}`
  const marked = await listStickyComments(octokit, target)
  const keeper = marked[0]
  if (keeper) {
    const kept =
      keeper.body === fullBody
        ? { url: keeper.html_url, action: 'unchanged' as const, author: loginOf(keeper) }
        : await updateIfStillThere(octokit, target, keeper.id, fullBody)
    if (kept) {
      await deleteCopies(octokit, target, marked.slice(1), kept.author)
      return { url: kept.url, action: kept.action }
    }
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: fullBody
  })
  return settleRace(
    octokit,
    target,
    { id: data.id, url: data.html_url, author: loginOf(data) },
    fullBody
  )
}

/** Edits the comment; undefined when it is gone (GitHub answers 404: someone deleted it meanwhile). */
async function updateIfStillThere(
  octokit: Octokit,
  target: StickyTarget,
  commentId: number,
  fullBody: string
): Promise<{ url: string; action: 'updated'; author?: string } | undefined> {
  try {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: commentId,
      body: fullBody
    })
    return { url: data.html_url, action: 'updated', author: loginOf(data) }
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}

/**
 * Two runs on one pull request can both find no comment and both create one. Each looks again after
 * creating: the oldest marked comment stays (with this run's body) and the newer ones this identity
 * wrote are deleted.
 */
async function settleRace(
  octokit: Octokit,
  target: StickyTarget,
  created: { id: number; url: string; author?: string },
  fullBody: string
): Promise<StickyResult> {
  const marked = await listStickyComments(octokit, target)
  const keeper = marked[0]
  const others = marked.filter(comment => comment.id !== keeper?.id)
  if (!keeper || keeper.id === created.id) {
    await deleteCopies(octokit, target, others, created.author)
    return { url: created.url, action: 'created' }
  }
  const kept = await updateIfStillThere(octokit, target, keeper.id, fullBody)
  await deleteCopies(
    octokit,
    target,
    kept ? others : others.filter(c => c.id !== created.id),
    created.author
  )
  return kept ? { url: kept.url, action: 'updated' } : { url: created.url, action: 'created' }
}

/**
 * Deletes the copies `author` wrote; another identity's comment (a second workflow with its own
 * token) is its own to keep. A copy that will not go is left for the next run to try again.
 */
async function deleteCopies(
  octokit: Octokit,
  target: StickyTarget,
  copies: readonly IssueComment[],
  author: string | undefined
): Promise<void> {
  for (const copy of copies) {
    if (author === undefined || loginOf(copy) !== author) continue
    await octokit.rest.issues
      .deleteComment({ owner: target.owner, repo: target.repo, comment_id: copy.id })
      .catch(() => undefined)
  }
}

function loginOf(comment: { user?: { login?: string } | null }): string | undefined {
  return comment.user?.login
}

interface IssueComment {
  id: number
  body?: string
  html_url: string
  author_association: string
  user: { type: string; login?: string } | null
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
