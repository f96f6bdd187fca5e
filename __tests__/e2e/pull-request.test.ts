import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { FakeGitHub, forkCannotWrite } from '../support/github-server.js'
import { FixtureRepo } from '../support/fixture-repo.js'
import { expectSchemaValid } from '../support/report-schema.js'
import { pullRequestEvent, runAction } from '../support/run-action.js'

// A pull request that grows an image, in a real git repository: the action builds the base commit
// from a worktree and reports the change.

const github = new FakeGitHub()
let repo: FixtureRepo
const commits: Record<'empty' | 'base' | 'head', string> = { empty: '', base: '', head: '' }

beforeAll(async () => {
  await github.start()
  repo = await FixtureRepo.create()
  commits.empty = await repo.commit('Start with a README', { 'README.md': '# app\n' })
  commits.base = await repo.commit('Add the image', {
    Dockerfile: 'FROM busybox:latest\nCOPY app.txt /app.txt\nCMD ["cat", "/app.txt"]\n',
    'app.txt': 'app\n'
  })
  // Random bytes do not compress, so the growth shows in both sizes.
  commits.head = await repo.commit('Ship a data file in the image', {
    Dockerfile:
      'FROM busybox:latest\nCOPY app.txt /app.txt\nCOPY data.bin /data.bin\nCMD ["cat", "/app.txt"]\n',
    'data.bin': randomBytes(3_000_000)
  })
})
afterAll(() => github.stop())

function prRun(number: number, base: string, inputs: Record<string, string> = {}) {
  return runAction({
    inputs: { 'github-token': 'ghs_pr', alternative: 'none', ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent(number, { base, head: commits.head }),
    apiUrl: github.url,
    workspace: repo.dir
  })
}

describe('a pull request against its base branch', () => {
  it('shows the growth and fails past max-increase, on the final FROM line', async () => {
    const result = await prRun(11, commits.base, { 'max-increase': '1MB' })

    expect(result.exitCode).not.toBe(0)
    const [comment] = github.commentsOn(11)
    expect(comment!.body).toMatch(
      /Against the base commit [0-9a-f]{7}: size \+3 MB \(\+\d+(\.\d)?%\)/
    )
    expect(comment!.body).toContain(`| Base branch (\`${commits.base.slice(0, 7)}\`) |`)
    expect(comment!.body).toContain('layers +1')
    expect(result.stdout).toMatch(
      /::error .*file=Dockerfile,line=1::Image over budget: increase \+3 MB of 1 MB/
    )
    expect(await repo.git('worktree', 'list')).not.toContain('go-image-budget-base')
  }, 300_000)

  it('says "new image" when the base commit has no Dockerfile', async () => {
    const result = await prRun(12, commits.empty, { 'max-increase': '1MB' })

    expect(result.exitCode).toBe(0)
    expect(github.commentsOn(12)[0]!.body).toContain('New image')
  }, 300_000)

  it("shows max-increase as not checked, with git's error, when the base commit cannot be fetched", async () => {
    const missing = 'f'.repeat(40)

    const result = await prRun(15, missing, { 'max-increase': '5%', 'max-size': '50MB' })

    expect(result.exitCode).toBe(0)
    const body = github.commentsOn(15)[0]!.body
    expect(body).not.toMatch(/no budget set|within budget\b/)
    expect(body).toContain('growth ≤ 5% (not checked)')
    expect(body).toMatch(
      /⚠️ within the checked limits; not checked: increase \(5%\): git fetch failed: fatal: /
    )
    // The runner's command escapes `%` as `%25`.
    expect(result.stdout).toMatch(
      /::warning .*file=Dockerfile,line=1::Budget limit not checked: increase \(5%25\): git fetch failed: fatal: 'origin' does not appear/
    )
    expect(result.outputs['within-budget']).toBe('false')
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
    expect(report.budget.unchecked).toEqual([
      { name: 'increase', limit: '5%', reason: expect.stringMatching(/^git fetch failed: fatal: /) }
    ])
    expect(report.budget.checks.map((check: { name: string }) => check.name)).toEqual(['size'])
  }, 300_000)

  it('passes on a fork, whose token cannot write, with the summary complete', async () => {
    github.faults.push(forkCannotWrite())

    const result = await prRun(13, commits.base, { 'max-increase': '10MB' })

    expect(result.exitCode).toBe(0)
    expect(github.commentsOn(13)).toHaveLength(0)
    expect(result.summary).toContain('Against the base commit')
    expect(result.stdout).toMatch(/::warning::The pull-request comment was not written.*fork/)
  }, 300_000)
})

describe('a pull request from a fork, commented from a workflow_run', () => {
  function workflowRunEvent(headSha: string): object {
    return {
      action: 'completed',
      workflow_run: { id: 99, head_sha: headSha, event: 'pull_request', pull_requests: [] },
      repository: {
        name: 'app',
        full_name: 'acme/app',
        owner: { login: 'acme' },
        default_branch: 'main'
      }
    }
  }

  function commentRun(bundle: string, headSha: string) {
    return runAction({
      inputs: { mode: 'comment', 'comment-bundle': bundle, 'github-token': 'ghs_base' },
      eventName: 'workflow_run',
      event: workflowRunEvent(headSha),
      apiUrl: github.url,
      workspace: repo.dir
    })
  }

  it('posts the comment the fork run left behind, and only for a pull request of this repository', async () => {
    github.faults.push(forkCannotWrite())
    const forkRun = await prRun(14, commits.base)
    expect(forkRun.exitCode).toBe(0)
    expect(github.commentsOn(14)).toHaveLength(0)
    github.faults.length = 0
    const bundle = forkRun.outputs['comment-bundle']!
    expectSchemaValid(
      JSON.parse(await readFile(path.join(bundle, 'go-image-budget-comment.json'), 'utf8')).report
    )
    expect(await readFile(path.join(bundle, 'comment.md'), 'utf8')).toContain(
      'Against the base commit'
    )
    github.pulls.push({ number: 14, headSha: commits.head, headRepo: 'someone/app' })

    const stale = await commentRun(bundle, 'c'.repeat(40))
    expect(stale.exitCode).not.toBe(0)
    expect(stale.stdout).toMatch(
      /::error::the comment bundle is for [0-9a-f]{7}, but .*not posting/
    )
    expect(github.commentsOn(14)).toHaveLength(0)

    const posted = await commentRun(bundle, commits.head)
    expect(posted.exitCode).toBe(0)
    expect(github.commentsOn(14)).toHaveLength(1)
    expect(github.commentsOn(14)[0]!.body).toContain('Against the base commit')
    expect(posted.outputs['comment-url']).toBe(github.commentsOn(14)[0]!.html_url)
  }, 300_000)
})
