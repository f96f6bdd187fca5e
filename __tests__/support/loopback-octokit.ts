import type { Octokit } from '../../src/github/octokit.js'
import type { OctokitOptions } from '../../src/action/octokit.js'
import type { FakeGitHub } from './github-server.js'

/**
 * Starts the loopback GitHub and returns the action's own Octokit pointed at it, pacing its
 * requests in milliseconds where GitHub asks for seconds. @actions/github reads GITHUB_API_URL
 * when it is first imported, as on a runner, so the import waits until now.
 */
export async function startLoopbackOctokit(
  github: FakeGitHub,
  slowNotice?: OctokitOptions['slowNotice']
): Promise<Octokit> {
  await github.start()
  process.env.GITHUB_API_URL = github.url
  const { createOctokit } = await import('../../src/action/octokit.js')
  return createOctokit('ghs_test', {
    pacing: { writeIntervalMs: 1, notificationIntervalMs: 1, retryAfterUnitMs: 10 },
    slowNotice
  })
}
