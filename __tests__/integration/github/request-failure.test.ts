import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Octokit } from '../../../src/github/octokit.js'
import { describeRequestFailure } from '../../../src/github/request-failure.js'
import { upsertStickyComment } from '../../../src/github/sticky-comment.js'
import { FakeGitHub, forkCannotWrite, secondaryRateLimit } from '../../support/github-server.js'
import { startLoopbackOctokit } from '../../support/loopback-octokit.js'

// What each kind of failure says, from the errors the action's own Octokit raises against the
// loopback API (its retries and rate-limit waits paced in milliseconds).
jest.setTimeout(30_000)

const github = new FakeGitHub()
const notices: string[] = []
let octokit: Octokit
const target = { owner: 'acme', repo: 'app', issueNumber: 7, key: 'ci/budget/Dockerfile' }

beforeAll(async () => {
  octokit = await startLoopbackOctokit(github, { everyMs: 100, log: line => notices.push(line) })
})
afterAll(() => github.stop())
beforeEach(() => {
  github.reset()
  notices.length = 0
})

async function failureOfUpsert(): Promise<string> {
  try {
    await upsertStickyComment(octokit, target, 'body')
  } catch (error) {
    return describeRequestFailure(error)
  }
  throw new Error('the comment was written')
}

describe('describeRequestFailure', () => {
  it('says a 404 was a 404, without blaming permissions', async () => {
    github.faults.push({ method: 'POST', status: 404, body: { message: 'Not Found' }, times: 1 })
    const said = await failureOfUpsert()
    expect(said).toBe(
      'GitHub answered 404 Not Found to POST /repos/acme/app/issues/7/comments: Not Found'
    )
  })

  it('says a 5xx kept coming after the retries', async () => {
    github.faults.push({ method: 'POST', status: 502, body: { message: 'Bad Gateway' }, times: 10 })
    const said = await failureOfUpsert()
    expect(said).toBe(
      'GitHub kept failing on POST /repos/acme/app/issues/7/comments: 502 after 3 retries (Bad Gateway); run the job again later'
    )
    expect(github.requests.filter(r => r.method === 'POST')).toHaveLength(4)
  })

  it('says a secondary rate limit stopped it, not the token', async () => {
    github.faults.push({ ...secondaryRateLimit(), times: 10 })
    const said = await failureOfUpsert()
    expect(said).toMatch(
      /^GitHub's secondary rate limit stopped POST \/repos\/acme\/app\/issues\/7\/comments after the waits it asked for \(403\)/
    )
    expect(said).not.toMatch(/fork|permission/)
  })

  it('talks of forks and permissions only for a 403 on a write', async () => {
    github.faults.push(forkCannotWrite())
    expect(await failureOfUpsert()).toMatch(
      /^the token cannot write here: GitHub answered 403 to POST \/repos\/acme\/app\/issues\/7\/comments \(Resource not accessible by integration\); a pull request from a fork/
    )
    github.faults.push({ method: 'GET', status: 403, body: { message: 'Forbidden' }, times: 1 })
    const read = await failureOfUpsert()
    expect(read).toBe('GitHub answered 403 to GET /repos/acme/app/issues/7/comments: Forbidden')
  })

  it('says when GitHub could not be reached at all, and passes other errors through', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise(resolve => closed.close(resolve))
    const unreachable = await octokit
      .request('GET /repos/{owner}/{repo}', {
        owner: 'acme',
        repo: 'app',
        baseUrl: `http://127.0.0.1:${port}`
      })
      .catch((error: unknown) => error)
    expect(describeRequestFailure(unreachable)).toMatch(
      /^GitHub could not be reached for GET \/repos\/acme\/app: /
    )
    expect(describeRequestFailure(new Error('the comment bundle names x/y'))).toBe(
      'the comment bundle names x/y'
    )
  })
})

describe('a slow API', () => {
  it('logs a line while a request is under way, and stops when it ends', async () => {
    github.faults.push({ method: 'GET', delayMs: 350, times: 1 })
    await upsertStickyComment(octokit, target, 'slow')
    expect(notices.length).toBeGreaterThanOrEqual(2)
    expect(notices[0]).toMatch(
      /^still waiting for GitHub: GET \/repos\/acme\/app\/issues\/7\/comments \(\d+ s so far\)$/
    )
    const after = notices.length
    await new Promise(resolve => setTimeout(resolve, 250))
    expect(notices).toHaveLength(after)
  })
})
