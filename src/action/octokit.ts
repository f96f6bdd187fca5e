import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import type { Octokit } from '../github/octokit.js'

const MAX_RETRIES = 3

export interface OctokitOptions {
  /**
   * How the client spaces its requests; unset, as GitHub asks (writes a second apart, comments
   * three, a Retry-After in seconds). Tests against a loopback API make it all milliseconds.
   */
  pacing?: { writeIntervalMs: number; notificationIntervalMs: number; retryAfterUnitMs: number }
}

/** Warns and retries a request that hit a rate limit, a few times at most. */
function retryRateLimited(kind: string) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ) => {
    core.warning(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`
    )
    return retryCount < MAX_RETRIES
  }
}

/**
 * An Octokit for `GITHUB_API_URL` (read by @actions/github) that retries 5xx answers and waits out
 * primary and secondary rate limits, a few times, with backoff.
 */
export function createOctokit(token: string, options: OctokitOptions = {}): Octokit {
  return getOctokit(
    token,
    {
      retry: { retries: MAX_RETRIES },
      throttle: {
        onRateLimit: retryRateLimited('primary'),
        onSecondaryRateLimit: retryRateLimited('secondary'),
        ...(options.pacing && pacedBy(options.pacing))
      }
    },
    retry,
    throttling
  )
}

/** The throttling plugin's own limiter groups, with other intervals. */
function pacedBy(pacing: NonNullable<OctokitOptions['pacing']>) {
  const group = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime })
  return {
    write: group(pacing.writeIntervalMs),
    notifications: group(pacing.notificationIntervalMs),
    retryAfterBaseValue: pacing.retryAfterUnitMs
  }
}
