import { context } from '@actions/github'
import type { RunMode } from '../core/inputs.js'
import { isPullRequestEvent } from '../github/pull-request.js'

/** What this run is for, from `mode` and the event that started it. */
export interface RunPlan {
  /** Record the run in the drift history. */
  trackDrift: boolean
  /** The pull request's base commit, to build and compare against. */
  baselineCommit?: string
  /** Look for newer base images, build without cache. */
  pullByDefault: boolean
}

const DRIFT_EVENTS = new Set(['schedule', 'workflow_dispatch'])

export function planRun(mode: RunMode, baseline: 'build' | 'none'): RunPlan {
  const drift = mode === 'drift' || (mode === 'auto' && DRIFT_EVENTS.has(context.eventName))
  const pullRequest = isPullRequestEvent()
  return {
    trackDrift: drift || (mode === 'auto' && isDefaultBranchPush()),
    baselineCommit:
      !drift && pullRequest && baseline === 'build'
        ? context.payload.pull_request?.base?.sha
        : undefined,
    pullByDefault: drift
  }
}

function isDefaultBranchPush(): boolean {
  const defaultBranch: string | undefined = context.payload.repository?.default_branch
  return (
    context.eventName === 'push' &&
    defaultBranch !== undefined &&
    context.ref === `refs/heads/${defaultBranch}`
  )
}
