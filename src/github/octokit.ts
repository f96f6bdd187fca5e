import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

const MAX_RETRIES = 3

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
export function createOctokit(token: string): Octokit {
  return getOctokit(
    token,
    {
      retry: { retries: MAX_RETRIES },
      throttle: {
        onRateLimit: retryRateLimited('primary'),
        onSecondaryRateLimit: retryRateLimited('secondary')
      }
    },
    retry,
    throttling
  )
}
