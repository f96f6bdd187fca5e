import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Octokit } from '../../../src/github/octokit.js'
import { markerFor, upsertStickyComment } from '../../../src/github/sticky-comment.js'
import { FakeGitHub, secondaryRateLimit } from '../../support/github-server.js'
import { startLoopbackOctokit } from '../../support/loopback-octokit.js'

// Against the loopback GitHub API: real HTTP, real Octokit pagination and retries. The throttling
// plugin spaces writes that notify people by seconds, as GitHub asks, hence the longer timeout.
jest.setTimeout(30_000)

const github = new FakeGitHub()
let octokit: Octokit
const target = { owner: 'acme', repo: 'app', issueNumber: 7, key: 'ci/budget/Dockerfile' }
/** The identity the loopback API writes this client's comments as. */
const BOT = { login: 'github-actions[bot]', type: 'Bot' }

beforeAll(async () => {
  octokit = await startLoopbackOctokit(github)
})
afterAll(() => github.stop())
beforeEach(() => github.reset())

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const first = await upsertStickyComment(octokit, target, 'first')
    const second = await upsertStickyComment(octokit, target, 'second')

    expect(first.action).toBe('created')
    expect(second).toEqual({ action: 'updated', url: first.url })
    expect(github.commentsOn(7)).toHaveLength(1)
    expect(github.commentsOn(7)[0]!.body).toBe(`${markerFor(target.key)}\nsecond`)
  })

  it('leaves an identical comment alone', async () => {
    await upsertStickyComment(octokit, target, 'same')
    const again = await upsertStickyComment(octokit, target, 'same')
    expect(again.action).toBe('unchanged')
    expect(github.writes()).toHaveLength(1)
  })

  it('finds its comment on a later page', async () => {
    for (let i = 0; i < 230; i++) github.seedComment(7, `chatter ${i}`)
    github.seedComment(7, `${markerFor(target.key)}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot'
    })

    const result = await upsertStickyComment(octokit, target, 'new')

    expect(result.action).toBe('updated')
    expect(github.requests.filter(r => r.method === 'GET').length).toBeGreaterThanOrEqual(3)
    expect(github.commentsOn(7)).toHaveLength(231)
  })

  it('keeps one comment per key', async () => {
    await upsertStickyComment(octokit, target, 'a')
    await upsertStickyComment(octokit, { ...target, key: 'ci/budget/services/api/Dockerfile' }, 'b')
    await upsertStickyComment(octokit, target, 'a2')
    expect(github.commentsOn(7).map(c => c.body.split('\n')[1])).toEqual(['a2', 'b'])
  })

  it('never takes over a marked comment written by someone without write access', async () => {
    const planted = github.seedComment(
      7,
      `${markerFor(target.key)}\nplanted`,
      { login: 'mallory', type: 'User' },
      'CONTRIBUTOR'
    )
    await upsertStickyComment(octokit, target, 'ours')
    expect(planted.body).toContain('planted')
    expect(github.commentsOn(7)).toHaveLength(2)
  })

  it('retries a 502 and succeeds', async () => {
    github.faults.push({ method: 'POST', status: 502, times: 1 })
    const result = await upsertStickyComment(octokit, target, 'after a 502')
    expect(result.action).toBe('created')
    expect(github.commentsOn(7)).toHaveLength(1)
  })
  it('waits out a secondary rate limit and succeeds', async () => {
    github.faults.push(secondaryRateLimit())
    const result = await upsertStickyComment(octokit, target, 'after a secondary rate limit')
    expect(result.action).toBe('created')
    expect(github.requests.filter(r => r.method === 'POST')).toHaveLength(2)
  })

  it('writes the comment again when it was deleted between the look-up and the edit', async () => {
    const old = github.seedComment(7, `${markerFor(target.key)}\nold`, BOT)
    github.faults.push({
      method: 'PATCH',
      status: 404,
      body: { message: 'Not Found' },
      times: 1,
      before: () => github.comments.splice(github.comments.indexOf(old), 1)
    })

    const result = await upsertStickyComment(octokit, target, 'new')

    expect(result.action).toBe('created')
    expect(github.commentsOn(7).map(c => c.body)).toEqual([`${markerFor(target.key)}\nnew`])
    expect(result.url).toBe(github.commentsOn(7)[0]!.html_url)
  })

  it.each([
    ['a new body', 'new', 'updated'],
    ['the same body', 'old', 'unchanged']
  ])(
    'keeps the oldest of two copies and deletes the other it wrote, with %s',
    async (_, body, action) => {
      const oldest = github.seedComment(7, `${markerFor(target.key)}\nold`, BOT)
      github.seedComment(7, `${markerFor(target.key)}\nold`, BOT)
      const someoneElses = github.seedComment(
        7,
        `${markerFor(target.key)}\nby hand`,
        { login: 'maintainer', type: 'User' },
        'MEMBER'
      )

      const result = await upsertStickyComment(octokit, target, body)

      expect(result).toEqual({ action, url: oldest.html_url })
      expect(github.commentsOn(7).map(c => c.id)).toEqual([oldest.id, someoneElses.id])
      expect(oldest.body).toBe(`${markerFor(target.key)}\n${body}`)
    }
  )

  it('leaves one comment when two runs create at once', async () => {
    const [a, b] = await Promise.all([
      upsertStickyComment(octokit, target, 'run a'),
      upsertStickyComment(octokit, target, 'run b')
    ])

    const left = github.commentsOn(7)
    expect(left).toHaveLength(1)
    expect([a.url, b.url]).toEqual([left[0]!.html_url, left[0]!.html_url])
  })
})
