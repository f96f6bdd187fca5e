import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runDocker } from '../../src/tools/docker.js'
import { parseHistoryBlock } from '../../src/drift/history.js'
import { FakeGitHub, type Fault } from '../support/github-server.js'
import { expectSchemaValid } from '../support/report-schema.js'
import { FixtureRepo } from '../support/fixture-repo.js'
import { pullRequestEvent, pushEvent, runAction } from '../support/run-action.js'

// A push run on main records the image of its commit; a pull request whose base is that commit
// then compares with the recorded measurement instead of building the base commit. The base
// commit starts FROM a local tag that is removed after the push run, so building it would fail.

const BASE_TAG = `gib-recorded-base-${randomBytes(4).toString('hex')}:e2e`
const github = new FakeGitHub()
let repo: FixtureRepo
let toolCache: string
const commits = { base: '', head: '' }
let runNumber = 500

beforeAll(async () => {
  await github.start()
  toolCache = await mkdtemp(path.join(tmpdir(), 'gib-tool-cache-'))
  const tagged = await runDocker(['tag', 'busybox:latest', BASE_TAG])
  if (tagged.exitCode !== 0) throw new Error(tagged.stderr)
  repo = await FixtureRepo.create()
  commits.base = await repo.commit('Add the image', {
    Dockerfile: `FROM ${BASE_TAG}\nCOPY app.txt /app.txt\nCMD ["cat", "/app.txt"]\n`,
    'app.txt': 'app\n'
  })
}, 60_000)
afterAll(async () => {
  await github.stop()
  await runDocker(['image', 'rm', '--force', BASE_TAG])
})

/** GitHub's answer to a token without `issues: read`, on every issue read. */
function cannotReadIssues(): Fault {
  return {
    method: 'GET',
    pathPattern: /\/issues(\/\d+)?$/,
    status: 403,
    body: { message: 'Resource not accessible by integration' },
    times: 100
  }
}

function pushRun(env: Record<string, string> = {}) {
  return runAction({
    inputs: { 'github-token': 'ghs_push', alternative: 'none' },
    eventName: 'push',
    event: { ...pushEvent(), after: commits.base },
    apiUrl: github.url,
    workspace: repo.dir,
    env: { GITHUB_SHA: commits.base, GITHUB_RUN_ID: String(runNumber++), ...env }
  })
}

function prRun(number: number, env: Record<string, string> = {}) {
  return runAction({
    inputs: { 'github-token': 'ghs_pr', alternative: 'none' },
    eventName: 'pull_request',
    event: pullRequestEvent(number, { base: commits.base, head: commits.head }),
    apiUrl: github.url,
    workspace: repo.dir,
    env: { GITHUB_RUN_ID: String(runNumber++), ...env }
  })
}

async function jsonReport(outputs: Record<string, string>) {
  const report: unknown = JSON.parse(await readFile(outputs.report!, 'utf8'))
  expectSchemaValid(report)
  return report as {
    buildKey: string
    baseline: { status: string; commit: string; source: Record<string, unknown> }
  }
}

describe('a pull request whose base commit a push run on main measured', () => {
  it('records the pushed commit with its build key in the drift history', async () => {
    const result = await pushRun({ RUNNER_TOOL_CACHE: toolCache })

    expect(result.exitCode).toBe(0)
    const [issue] = github.openIssuesLabelled('image-size-drift')
    const history = parseHistoryBlock(issue!.body)
    if ('error' in history) throw new Error(history.error)
    const report = await jsonReport(result.outputs)
    expect(history.entries).toEqual([
      expect.objectContaining({ commit: commits.base, buildKey: report.buildKey })
    ])

    // From here on the base commit cannot be built: its FROM image is gone, and nothing is pulled.
    await runDocker(['image', 'rm', '--force', BASE_TAG])
    commits.head = await repo.commit('Ship a data file in the image', {
      Dockerfile:
        'FROM busybox:latest\nCOPY app.txt /app.txt\nCOPY data.bin /data.bin\nCMD ["cat", "/app.txt"]\n',
      'data.bin': randomBytes(3_000_000)
    })
  }, 300_000)

  it('shows the delta against the recorded measurement without building the base commit', async () => {
    const result = await prRun(21)

    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('Build and measure the base commit')
    const [comment] = github.commentsOn(21)
    const short = commits.base.slice(0, 7)
    expect(comment!.body).toMatch(
      new RegExp(`Against the base commit ${short}: size \\+3 MB \\(\\+\\d+(\\.\\d)?%\\)`)
    )
    expect(comment!.body).toContain(`_Baseline recorded on main at ${short}, just now._`)
    const report = await jsonReport(result.outputs)
    expect(report.baseline).toMatchObject({
      status: 'measured',
      commit: commits.base,
      source: { kind: 'recorded', store: 'drift-history', branch: 'main' }
    })
  }, 300_000)

  it('takes it from the runner cache first, with no call to the issues API', async () => {
    github.faults.push(cannotReadIssues())
    try {
      const result = await prRun(22, { RUNNER_TOOL_CACHE: toolCache })

      expect(result.exitCode).toBe(0)
      expect(result.stdout).not.toContain('Build and measure the base commit')
      expect(result.stdout).not.toContain('::notice')
      const report = await jsonReport(result.outputs)
      expect(report.baseline.source).toMatchObject({ kind: 'recorded', store: 'runner-cache' })
      expect(github.commentsOn(22)[0]!.body).toContain('_Baseline recorded on main at')
    } finally {
      github.faults.length = 0
    }
  }, 300_000)
})

describe('a pull request whose token cannot read issues', () => {
  it('builds the base commit, with a notice that names the permission, and passes', async () => {
    await runDocker(['tag', 'busybox:latest', BASE_TAG])
    github.faults.push(cannotReadIssues())
    try {
      const result = await prRun(23)

      expect(result.exitCode).toBe(0)
      expect(result.stdout).toMatch(
        /::notice title=[^:]*::The drift history could not be read \(the token may not read issues: add `issues: read` to the workflow permissions\), so the base commit is built/
      )
      expect(result.stdout).toContain('Build and measure the base commit')
      const report = await jsonReport(result.outputs)
      expect(report.baseline).toMatchObject({ status: 'measured', source: { kind: 'built' } })
      expect(github.commentsOn(23)[0]!.body).toContain(
        `_Baseline built from ${commits.base.slice(0, 7)}._`
      )
    } finally {
      github.faults.length = 0
    }
  }, 300_000)
})
