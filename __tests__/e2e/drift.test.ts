import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runDocker } from '../../src/tools/docker.js'
import { parseHistoryBlock, type DriftEntry } from '../../src/drift/history.js'
import { FakeGitHub } from '../support/github-server.js'
import { runAction, scheduleEvent } from '../support/run-action.js'

// Scheduled drift runs of the bundled action against the loopback GitHub API. No registry is
// reachable, so the base tag is moved between runs by tagging another local image under its name.

const BASE = 'gib-drift-base:e2e'
const LABEL = 'image-size-drift'
const github = new FakeGitHub()
let runNumber = 100

beforeAll(async () => {
  await github.start()
  await moveBaseTo('busybox:latest')
})
afterAll(async () => {
  await github.stop()
  await runDocker(['image', 'rm', BASE])
})

async function moveBaseTo(image: string): Promise<void> {
  const result = await runDocker(['tag', image, BASE])
  if (result.exitCode !== 0) throw new Error(result.stderr)
}

function driftRun(inputs: Record<string, string> = {}) {
  return runAction({
    inputs: {
      context: '__tests__/e2e/fixtures/drift',
      pull: 'false',
      alternative: 'none',
      'comment-key': 'drift-e2e',
      'github-token': 'ghs_drift',
      ...inputs
    },
    eventName: 'schedule',
    event: scheduleEvent(),
    apiUrl: github.url,
    env: { GITHUB_RUN_ID: String(runNumber++) }
  })
}

function historyOf(body: string): DriftEntry[] {
  const history = parseHistoryBlock(body)
  if ('error' in history) throw new Error(history.error)
  return history.entries
}

describe('scheduled drift runs', () => {
  it('keep one issue whose history, chart and table grow by one run each time', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await driftRun()
      expect(result.exitCode).toBe(0)
    }
    const issues = github.openIssuesLabelled(LABEL)
    expect(issues).toHaveLength(1)
    expect(historyOf(issues[0]!.body)).toHaveLength(2)
    expect(issues[0]!.body).toContain('xychart-beta')
  }, 300_000)

  it('reports a moved base digest and fails past the threshold when asked', async () => {
    await moveBaseTo('alpine:3.20')
    const result = await driftRun({ 'drift-threshold': '5%', 'fail-on-drift': 'true' })

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toMatch(/::error .*Image size drift for drift-e2e/)
    const [issue] = github.openIssuesLabelled(LABEL)
    expect(historyOf(issue!.body)).toHaveLength(3)
    expect(issue!.body).toMatch(/gib-drift-base:e2e.{0,40} changed digest/)
    expect(result.outputs['drift-issue-url']).toBe(issue!.html_url)
    const alerts = github.commentsOn(issue!.number)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.body).toMatch(/digest of .*gib-drift-base:e2e.* changed/)
  }, 300_000)

  it('recovers from a history block edited into invalid JSON', async () => {
    const [issue] = github.openIssuesLabelled(LABEL)
    issue!.body = issue!.body.replace(/"entries"|"runId"/, '{{oops')

    const result = await driftRun()

    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::The drift history could not be read and was started afresh/
    )
    expect(historyOf(issue!.body)).toHaveLength(1)
  }, 300_000)

  it('keeps both rows when two runs race', async () => {
    const [issue] = github.openIssuesLabelled(LABEL)
    const before = historyOf(issue!.body).length

    const results = await Promise.all([driftRun(), driftRun()])

    expect(results.map(result => result.exitCode)).toEqual([0, 0])
    expect(github.openIssuesLabelled(LABEL)).toHaveLength(1)
    expect(historyOf(issue!.body)).toHaveLength(before + 2)
  }, 300_000)
})
