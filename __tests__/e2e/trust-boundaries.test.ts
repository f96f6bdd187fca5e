import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { spoiledReport } from '../../__fixtures__/reports.js'
import { FakeGitHub } from '../support/github-server.js'
import { pullRequestEvent, runAction } from '../support/run-action.js'

// What a pull request controls (its inputs' paths, a fork's comment bundle) meets the bundled action
// as the runner starts it: refused, naming the input, before anything is read, built or posted.
jest.setTimeout(60_000)

const github = new FakeGitHub()
let workspace: string

beforeAll(async () => {
  await github.start()
  workspace = await mkdtemp(path.join(tmpdir(), 'gib-e2e-workspace-'))
})
afterAll(async () => {
  await github.stop()
  await rm(workspace, { recursive: true, force: true })
})

function prRun(inputs: Record<string, string>, pr: number) {
  return runAction({
    inputs: { baseline: 'none', 'github-token': 'ghs_boundary', ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent(pr),
    apiUrl: github.url,
    workspace
  })
}

describe('paths outside the workspace', () => {
  it.each([
    [{ file: '../../../../etc/passwd' }, 'file: "../../../../etc/passwd" is outside the workspace'],
    [
      { dockerfiles: '../other/Dockerfile' },
      'dockerfiles: "../other/Dockerfile" is outside the workspace'
    ],
    [{ context: '/etc' }, 'context: "/etc" is outside the workspace']
  ])('refuses %j before reading it, and posts nothing', async (inputs, refusal) => {
    if ('dockerfiles' in inputs) {
      await mkdir(path.join(workspace, '../other'), { recursive: true })
      await writeFile(path.join(workspace, '../other/Dockerfile'), 'FROM scratch\n')
    }
    const pr = 40 + Object.keys(inputs)[0]!.length
    const result = await prRun(inputs, pr)

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain(`::error::${refusal}`)
    expect(result.stdout + result.summary).not.toContain('root:x:0:0')
    expect(github.commentsOn(pr)).toHaveLength(0)
  })
})

describe("a fork's comment bundle", () => {
  function commentRun(bundle: string) {
    return runAction({
      inputs: { mode: 'comment', 'comment-bundle': bundle, 'github-token': 'ghs_base' },
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: { id: 99, head_sha: 'a'.repeat(40), event: 'pull_request' },
        repository: { name: 'app', full_name: 'acme/app', owner: { login: 'acme' } }
      },
      apiUrl: github.url,
      workspace
    })
  }

  it('is refused, naming the field, when a number field holds a string', async () => {
    github.pulls.push({ number: 61, headSha: 'a'.repeat(40), headRepo: 'someone/app' })
    const dir = path.join(workspace, 'bundle')
    await mkdir(dir, { recursive: true })
    const report = spoiledReport(
      ['image', 'layers', 0, 'files'],
      '![x](https://evil.example/p.png)'
    )
    await writeFile(
      path.join(dir, 'go-image-budget-comment.json'),
      JSON.stringify({
        version: 2,
        repository: 'acme/app',
        pullRequest: 61,
        headSha: 'a'.repeat(40),
        key: 'image budget/budget/Dockerfile',
        report
      })
    )

    const result = await commentRun('bundle')

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain(
      '::error::the comment bundle is not usable: report.image.layers[0].files must be integer'
    )
    expect(github.commentsOn(61)).toHaveLength(0)
    expect(github.requests).toHaveLength(0)
  })

  it('is refused when it lies outside the workspace', async () => {
    const result = await commentRun('../elsewhere')
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain(
      '::error::comment-bundle: "../elsewhere" is outside the workspace'
    )
  })
})
