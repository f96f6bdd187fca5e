import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { FakeGitHub } from '../support/github-server.js'
import { expectSchemaValid } from '../support/report-schema.js'
import {
  pullRequestEvent,
  pushEvent,
  runAction,
  type ActionRunOptions
} from '../support/run-action.js'

// The bundled action, run as the Actions runner runs it, against a GitHub API on loopback. Each
// run builds and measures a real image, which takes a while.
jest.setTimeout(300_000)

const PR = 7
const github = new FakeGitHub()
let toolCache: string

beforeAll(async () => {
  await github.start()
  // Shared across runs like a self-hosted runner's tool cache, so later runs reuse layer sizes.
  toolCache = await mkdtemp(path.join(tmpdir(), 'gib-tool-cache-'))
})
afterAll(() => github.stop())

function run(inputs: Record<string, string>, overrides: Partial<ActionRunOptions> = {}) {
  return runAction({
    inputs: { context: 'examples/hello', 'github-token': 'ghs_e2e-secret-token', ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent(PR),
    apiUrl: github.url,
    env: { RUNNER_TOOL_CACHE: toolCache },
    ...overrides
  })
}

describe('the action on a pull request', () => {
  it('creates one sticky comment, writes outputs, the summary and the JSON report', async () => {
    const result = await run({ 'max-size': '1GB' })

    expect(result.exitCode).toBe(0)
    expect(Number(result.outputs.size)).toBeGreaterThan(500_000_000)
    expect(result.outputs['alternative-status']).toBe('verified')
    expect(Number(result.outputs['alternative-size'])).toBeLessThan(2_500_000)
    expect(result.outputs['within-budget']).toBe('true')
    expect(Number(result.outputs.savings)).toBeGreaterThan(99)
    expect(result.outputs['comment-url']).toMatch(/issuecomment-\d+$/)

    const comments = github.commentsOn(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('| Scratch alternative |')
    expect(comments[0]!.body).toContain('FROM scratch')
    expect(result.summary).toContain('| Current |')

    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
    expectSchemaValid(report)
    expect(report.kind).toBe('measured')
    expect(report.image.size).toBe(Number(result.outputs.size))
    expect(report.alternative.dockerfile).toContain('FROM scratch')
    expect(github.requests.every(r => r.authorization === 'token ghs_e2e-secret-token')).toBe(true)
    // The runner masks what `add-mask` names; the token must appear nowhere else.
    const tokenLines = result.stdout
      .split('\n')
      .filter(line => line.includes('ghs_e2e-secret-token'))
    expect(tokenLines).toEqual(['::add-mask::ghs_e2e-secret-token'])
    expect(result.summary + JSON.stringify(report)).not.toContain('ghs_e2e-secret-token')
  })

  it('edits the same comment on the next run instead of adding one', async () => {
    const before = github.commentsOn(PR).map(comment => comment.id)
    github.requests.length = 0

    const result = await run({
      'max-size': '700MB',
      'fail-on-budget': 'false',
      alternative: 'none'
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs['within-budget']).toBe('false')
    expect(result.stdout).toMatch(/::warning.*over budget/i)
    expect(github.commentsOn(PR).map(comment => comment.id)).toEqual(before)
    expect(github.writes().map(r => r.method)).toEqual(['PATCH'])
    expect(github.commentsOn(PR)[0]!.body).toContain('over budget')
  })

  it('fails the step when the image is over max-size', async () => {
    const result = await run({ 'max-size': '50MB', alternative: 'none' })

    expect(result.exitCode).not.toBe(0)
    expect(result.outputs['within-budget']).toBe('false')
    expect(result.stdout).toMatch(/::error.*Image over budget: size \d+ MB of 50 MB/)
    expect(github.commentsOn(PR)).toHaveLength(1)
  })
})

describe('the action on other events and inputs', () => {
  it('writes the summary on a push to a branch and calls no GitHub API', async () => {
    github.requests.length = 0
    const result = await run(
      { alternative: 'none' },
      { eventName: 'push', event: pushEvent(), env: { GITHUB_REF: 'refs/heads/feature/smaller' } }
    )

    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('go-image-budget')
    expect(github.requests).toHaveLength(0)
  })

  it('adds a push to the default branch to the drift history, with no comment', async () => {
    github.requests.length = 0
    const result = await run({ alternative: 'none' }, { eventName: 'push', event: pushEvent() })

    expect(result.exitCode).toBe(0)
    expect(github.openIssuesLabelled('image-size-drift')).toHaveLength(1)
    expect(result.outputs['drift-issue-url']).toMatch(/\/issues\/\d+$/)
    expect(github.requests.some(request => request.path.endsWith(`/issues/${PR}/comments`))).toBe(
      false
    )
  })

  it('refuses a bad size before building, naming the input and the accepted forms', async () => {
    const result = await run({ 'max-size': 'fifty' })

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain(
      '::error::max-size must be a size like 25MB, 1.5GiB or 30000000 (bytes); got "fifty"'
    )
    expect(result.stdout).not.toMatch(/\n\s+at /)
    expect(result.stdout).not.toContain('Docker info')
  })

  it('shows the failing step and the end of its log when the build fails', async () => {
    const result = await run({ context: '__tests__/e2e/fixtures/broken' })

    expect(result.exitCode).not.toBe(0)
    expect(result.summary).toContain('The image did not build')
    expect(result.summary).toContain('RUN go build -o broken .')
    expect(result.summary).toContain('syntax error')
    expect(result.stdout).toMatch(
      /::error .*file=__tests__\/e2e\/fixtures\/broken\/Dockerfile,line=4.*did not build/
    )
  })
})
