import { context } from '@actions/github'
import type { BaselineMode, RunMode } from '../core/inputs.js'
import type { Octokit, Repository } from '../github/octokit.js'
import { openPullRequestWith } from '../github/pull-request.js'

// What the event that started the run says: which kind of run this is, and for which pull request.

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
const DRIFT_EVENTS = new Set(['schedule', 'workflow_dispatch'])

/** What this run is for, from `mode` and the event that started it. */
export interface RunPlan {
  /** Record the run in the drift history. */
  trackDrift: boolean
  /** The pull request's base commit, to compare against (recorded, built or via baseline-image). */
  baselineCommit?: string
  /** The pull request's base branch, named where its recorded measurement is reused. */
  baseBranch?: string
  /** Look for newer base images, build without cache. */
  pullByDefault: boolean
}

export function planRun(mode: RunMode, baseline: BaselineMode): RunPlan {
  const drift = mode === 'drift' || (mode === 'auto' && DRIFT_EVENTS.has(context.eventName))
  return {
    trackDrift: drift || (mode === 'auto' && isDefaultBranchPush()),
    baselineCommit:
      !drift && isPullRequestEvent() && baseline !== 'none'
        ? context.payload.pull_request?.base?.sha
        : undefined,
    baseBranch: context.payload.pull_request?.base?.ref,
    pullByDefault: drift
  }
}

export function isPullRequestEvent(): boolean {
  return PULL_REQUEST_EVENTS.has(context.eventName)
}

/** The repository the workflow runs in. */
export function thisRepository(): Repository {
  return context.repo
}

/**
 * The pull request this run reports on: the event's own, or (when `anyEvent`) an open one that
 * contains the pushed commit. Undefined when there is none.
 */
export async function pullRequestOfRun(
  octokit: Octokit,
  anyEvent: boolean
): Promise<number | undefined> {
  if (isPullRequestEvent()) return context.payload.pull_request?.number
  if (!anyEvent || !context.sha) return undefined
  return openPullRequestWith(octokit, thisRepository(), context.sha)
}

function isDefaultBranchPush(): boolean {
  const defaultBranch: string | undefined = context.payload.repository?.default_branch
  return (
    context.eventName === 'push' &&
    defaultBranch !== undefined &&
    context.ref === `refs/heads/${defaultBranch}`
  )
}
