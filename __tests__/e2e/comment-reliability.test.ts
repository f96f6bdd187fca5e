import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { FakeGitHub, secondaryRateLimit } from '../support/github-server.js'
import { FixtureRepo } from '../support/fixture-repo.js'
import { pullRequestEvent, runAction, type ActionRunOptions } from '../support/run-action.js'

// The comment as real teams meet it, through the bundled action: a flaky API, rate limits, jobs of
// a matrix, and two runs racing on one pull request. The image is small so the runs are quick; the
// throttling plugin still spaces writes by seconds.
jest.setTimeout(120_000)

const PR = 41
const github = new FakeGitHub()
beforeAll(() => github.start())
afterAll(() => github.stop())
beforeEach(() => github.reset())

function run(overrides: Partial<ActionRunOptions> = {}) {
  return runAction({
    inputs: {
      context: '__tests__/e2e/fixtures/small',
      alternative: 'none',
      baseline: 'none',
      'github-token': 'ghs_r'
    },
    eventName: 'pull_request',
    event: pullRequestEvent(PR),
    apiUrl: github.url,
    ...overrides
  })
}

describe('the comment through a real API conversation', () => {
  it('is written after a 502', async () => {
    github.faults.push({ method: 'POST', status: 502, times: 1 })
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(github.commentsOn(PR)).toHaveLength(1)
  })

  it('is written after a secondary rate limit', async () => {
    github.faults.push(secondaryRateLimit())
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(/::warning::GitHub secondary rate limit on POST/)
    expect(github.commentsOn(PR)).toHaveLength(1)
  })

  it('stays one when two runs race on the same pull request', async () => {
    const results = await Promise.all([run(), run()])
    expect(results.map(result => result.exitCode)).toEqual([0, 0])
    expect(github.commentsOn(PR)).toHaveLength(1)
  })

  it('is one per job of a matrix, which never overwrite each other', async () => {
    await run({ env: { GITHUB_JOB: 'budget-amd64' } })
    await run({ env: { GITHUB_JOB: 'budget-arm64' } })
    await run({ env: { GITHUB_JOB: 'budget-amd64' } })
    expect(github.commentsOn(PR)).toHaveLength(2)
  })

  it('leaves the summary and the verdict whole when the API keeps failing', async () => {
    github.faults.push({ method: 'POST', status: 500, times: 20 })
    const result = await run({
      inputs: {
        context: '__tests__/e2e/fixtures/small',
        alternative: 'none',
        baseline: 'none',
        'github-token': 'ghs_r',
        'max-size': '1MB'
      }
    })
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toMatch(/::warning::The pull-request comment was not written/)
    expect(result.stdout).toMatch(/::error .*Image over budget: size/)
    expect(result.summary).toContain('over budget')
    expect(github.commentsOn(PR)).toHaveLength(0)
  })
})

describe('pull_request_target', () => {
  it("warns in the log and the summary when it builds the pull request's own head", async () => {
    const repo = await FixtureRepo.create()
    const head = await repo.commit('Add the image', {
      Dockerfile: 'FROM busybox:latest\nCMD ["true"]\n'
    })
    const result = await run({
      eventName: 'pull_request_target',
      event: pullRequestEvent(PR, { head }),
      workspace: repo.dir,
      inputs: { context: '.', alternative: 'none', baseline: 'none', 'github-token': 'ghs_r' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(
      /::warning title=go-image-budget%3A untrusted checkout::This pull_request_target run builds/
    )
    expect(result.summary).toMatch(/^> \[!WARNING\]\n> This pull_request_target run builds/)
  })
})
