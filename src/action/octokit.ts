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
  /** How often a request still under way (waiting out a limit, retrying) says so; 30 s unset. */
  slowNotice?: { everyMs: number; log: (line: string) => void }
}

const SLOW_NOTICE = { everyMs: 30_000, log: (line: string) => core.info(line) }

/** Warns and retries a request that hit a rate limit, a few times at most. */
function retryRateLimited(kind: string) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ) => {
    if (retryCount >= MAX_RETRIES) return false // the request fails, and its error says why
    core.warning(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`
    )
    return true
  }
}

/**
 * An Octokit for `GITHUB_API_URL` (read by @actions/github) that retries 5xx answers and waits out
 * primary and secondary rate limits, a few times, with backoff.
 */
export function createOctokit(token: string, options: OctokitOptions = {}): Octokit {
  const octokit = getOctokit(
    token,
    {
      retry: {
        retries: MAX_RETRIES,
        ...(options.pacing && { retryAfterBaseValue: options.pacing.retryAfterUnitMs })
      },
      throttle: {
        onRateLimit: retryRateLimited('primary'),
        onSecondaryRateLimit: retryRateLimited('secondary'),
        ...(options.pacing && pacedBy(options.pacing))
      }
    },
    retry,
    throttling
  )
  sayWhileWaiting(octokit, options.slowNotice ?? SLOW_NOTICE)
  return octokit
}

/**
 * Logs a line now and then while one request (with its rate-limit waits and retries, which this
 * hook wraps) is under way, so a slow API is not minutes of silence.
 */
function sayWhileWaiting(octokit: Octokit, notice: NonNullable<OctokitOptions['slowNotice']>) {
  octokit.hook.wrap('request', async (request, options) => {
    const started = Date.now()
    const { method, url } = octokit.request.endpoint.parse(options)
    const what = `${method} ${new URL(url).pathname}`
    const timer = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000)
      notice.log(`still waiting for GitHub: ${what} (${seconds} s so far)`)
    }, notice.everyMs)
    timer.unref()
    try {
      return await request(options)
    } finally {
      clearInterval(timer)
    }
  })
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
