import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { context } from '@actions/github'
import type { Octokit } from './octokit.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export function isPullRequestEvent(): boolean {
  return PULL_REQUEST_EVENTS.has(context.eventName)
}

/**
 * The pull request this run reports on: the event's own, or (when `anyEvent`) an open one that
 * contains the pushed commit. Undefined when there is none.
 */
export async function findPullRequest(
  octokit: Octokit,
  anyEvent: boolean
): Promise<number | undefined> {
  if (isPullRequestEvent()) return context.payload.pull_request?.number
  if (!anyEvent || !context.sha) return undefined
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...context.repo,
    commit_sha: context.sha
  })
  return data.find(pull => pull.state === 'open')?.number
}

/**
 * Under `pull_request_target` the token can write to the base repository, so building the pull
 * request's own head runs code from whoever opened it with that power. Returns a warning to show, if so.
 */
export async function untrustedCheckoutWarning(workspace: string): Promise<string | undefined> {
  if (context.eventName !== 'pull_request_target') return undefined
  const headSha: string | undefined = context.payload.pull_request?.head?.sha
  const checkedOut = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: workspace })
    .then(result => result.stdout.trim())
    .catch(() => undefined)
  if (!headSha || checkedOut !== headSha) return undefined
  return (
    "This pull_request_target run builds the pull request's own code with a token that can write to this " +
    'repository. Anyone who opens a pull request can run code here: use the pull_request event, or the ' +
    'fork-safe setup in the README.'
  )
}
