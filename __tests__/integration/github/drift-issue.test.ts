import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { parseHistoryBlock, renderHistoryBlock } from '../../../src/drift/history.js'
import {
  driftMarkerFor,
  recordDriftRun,
  type DriftIssueTarget
} from '../../../src/github/drift-issue.js'
import type { Octokit } from '../../../src/github/octokit.js'
import { FakeGitHub } from '../../support/github-server.js'
import { startLoopbackOctokit } from '../../support/loopback-octokit.js'
import { driftEntry, driftThreshold, GOLANG_NEW } from '../../unit/drift/entries.js'

// Against the loopback GitHub API: real HTTP, real Octokit pagination and retries. The throttling
// plugin spaces writes by a second (three for new issues and comments), hence the longer timeout.
jest.setTimeout(60_000)

const github = new FakeGitHub()
let octokit: Octokit
// Runs one at a time need no long pause before checking their write survived.
const target: DriftIssueTarget = {
  owner: 'acme',
  repo: 'app',
  label: 'image-size-drift',
  title: 'Image size drift: Dockerfile',
  key: 'drift/budget/Dockerfile',
  limit: 90,
  settleMs: 100
}
// Racing runs in one process write at least a second apart (the throttling plugin spaces writes),
// so the pause before checking must be longer than that for the earlier run to see it was overwritten.
const racing = { ...target, settleMs: 1500 }
const fivePercent = driftThreshold('5%')
const bot = { login: 'github-actions[bot]', type: 'Bot' }

beforeAll(async () => {
  octokit = await startLoopbackOctokit(github)
})
afterAll(() => github.stop())
beforeEach(() => github.reset())

function storedEntries(body: string): string[] {
  const parsed = parseHistoryBlock(body)
  if ('error' in parsed) throw new Error(parsed.error)
  return parsed.entries.map(entry => entry.runId)
}

describe('recordDriftRun', () => {
  it('keeps three runs in one labelled issue, with a row each and a chart', async () => {
    const first = await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    await recordDriftRun(octokit, target, driftEntry(2, { size: 701_000_000 }), fivePercent)
    const third = await recordDriftRun(
      octokit,
      target,
      driftEntry(3, { size: 703_000_000 }),
      fivePercent
    )

    const issues = github.openIssuesLabelled('image-size-drift')
    expect(issues).toHaveLength(1)
    const issue = issues[0]!
    expect(issue.title).toBe('Image size drift: Dockerfile')
    expect(issue.body.startsWith(`${driftMarkerFor(target.key)}\n### Image size drift`)).toBe(true)
    expect(issue.body.split('\n').filter(line => /^\| 2026-11-0\d 06:00 /.test(line))).toHaveLength(
      3
    )
    expect(issue.body).toContain('```mermaid\nxychart-beta')
    expect(storedEntries(issue.body)).toEqual(['run-1', 'run-2', 'run-3'])
    expect(github.labels).toEqual(['image-size-drift'])
    expect(first).toMatchObject({ issueNumber: issue.number, issueUrl: issue.html_url })
    expect(third.entries.map(entry => entry.runId)).toEqual(['run-1', 'run-2', 'run-3'])
    expect(third.check).toMatchObject({ exceeded: false, delta: 2_000_000 })
    expect(third.alert).toBeUndefined()
    expect(github.commentsOn(issue.number)).toHaveLength(0)
  })

  it('reports a base image digest change', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    const bases = [{ image: 'golang:1.24', digest: GOLANG_NEW }, driftEntry(1).bases[1]!]
    const record = await recordDriftRun(
      octokit,
      target,
      driftEntry(2, { size: 712_100_000, bases }),
      fivePercent
    )

    expect(record.check.changedBases.map(change => change.image)).toEqual(['golang:1.24'])
    expect(github.issues[0]!.body).toContain(
      '- `golang:1.24` changed digest on 2026-11-02: +12.1 MB'
    )
  })

  it('comments on the issue when the image grows past the threshold, saying what changed', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    const bases = [{ image: 'golang:1.24', digest: GOLANG_NEW }, driftEntry(1).bases[1]!]
    const grown = driftEntry(2, { size: 760_000_000, ownSize: 20_000_000, bases })
    const record = await recordDriftRun(octokit, target, grown, fivePercent)

    const comments = github.commentsOn(record.issueNumber)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain(
      'The image grew by 60 MB (+8.6%) since the previous run, past the drift threshold of 5%.'
    )
    expect(comments[0]!.body).toContain(
      'What changed: the digest of `golang:1.24` changed and own layers grew by 8 MB.'
    )
    expect(record.alert).toEqual({
      commentUrl: comments[0]!.html_url,
      message:
        'Image size drift for drift/budget/Dockerfile: the image grew by 60 MB (+8.6%) since the previous run, ' +
        'past the drift threshold of 5%: the digest of golang:1.24 changed and own layers grew by 8 MB. ' +
        `See ${comments[0]!.html_url}`
    })
  })

  it('keeps one alert for a run that grew, when that run is re-run', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    const grown = driftEntry(2, { size: 760_000_000 })
    const first = await recordDriftRun(octokit, target, grown, fivePercent)
    const again = await recordDriftRun(octokit, target, grown, fivePercent)

    expect(github.commentsOn(first.issueNumber)).toHaveLength(1)
    expect(again.alert?.commentUrl).toBe(first.alert?.commentUrl)
  })

  it('starts a fresh history, and says so, when the block was edited into invalid JSON', async () => {
    const broken = renderHistoryBlock([driftEntry(1)]).replace('"size":', '"size" ')
    const seeded = github.seedIssue(
      {
        title: 'drift',
        body: `${driftMarkerFor(target.key)}\n${broken}`,
        labels: ['image-size-drift']
      },
      bot
    )

    const record = await recordDriftRun(octokit, target, driftEntry(2), fivePercent)

    expect(record.issueNumber).toBe(seeded.number)
    expect(record.recovered).toMatch(/^the history is not valid JSON/)
    expect(record.entries.map(entry => entry.runId)).toEqual(['run-2'])
    expect(seeded.body).toContain(
      '> [!WARNING]\n> The stored history could not be read (the history is not valid JSON'
    )
    expect(storedEntries(seeded.body)).toEqual(['run-2'])
    // The next run reads the fresh history and says nothing more about it.
    const next = await recordDriftRun(octokit, target, driftEntry(3), fivePercent)
    expect(next.recovered).toBeUndefined()
    expect(seeded.body).not.toContain('[!WARNING]')
  })

  it('keeps both runs when two record at once', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)

    const [a, b] = await Promise.all([
      recordDriftRun(octokit, racing, driftEntry(2), fivePercent),
      recordDriftRun(octokit, racing, driftEntry(3), fivePercent)
    ])

    // Both read before either wrote, so the second write dropped the first run's entry for a while.
    const written = github.requests
      .filter(request => request.method === 'PATCH')
      .map(request => storedEntries((request.body as { body: string }).body))
    expect(written).toContainEqual(['run-1', 'run-3'])
    expect(github.issues).toHaveLength(1)
    expect(storedEntries(github.issues[0]!.body)).toEqual(['run-1', 'run-2', 'run-3'])
    expect(a.entries.map(entry => entry.runId)).toContain('run-2')
    expect(b.entries.map(entry => entry.runId)).toContain('run-3')
  })

  it('keeps one issue, with both runs, when the first two runs open it at once', async () => {
    await Promise.all([
      recordDriftRun(octokit, racing, driftEntry(1), fivePercent),
      recordDriftRun(octokit, racing, driftEntry(2), fivePercent)
    ])

    const open = github.openIssuesLabelled('image-size-drift')
    expect(open).toHaveLength(1)
    expect(storedEntries(open[0]!.body)).toEqual(['run-1', 'run-2'])
    for (const closed of github.issues.filter(issue => issue.state === 'closed')) {
      expect(closed.body).toBe(
        `Duplicate of #${open[0]!.number}: another run opened the drift issue at the same time.`
      )
    }
  })

  it('keeps one issue per key', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    await recordDriftRun(
      octokit,
      { ...target, key: 'drift/budget/services/api/Dockerfile' },
      driftEntry(1),
      fivePercent
    )
    await recordDriftRun(octokit, target, driftEntry(2), fivePercent)

    expect(
      github.openIssuesLabelled('image-size-drift').map(issue => storedEntries(issue.body))
    ).toEqual([['run-1', 'run-2'], ['run-1']])
  })

  it('finds its issue among many labelled ones, on a later page', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    for (let i = 0; i < 230; i++)
      github.seedIssue({ body: `report ${i}`, labels: ['image-size-drift'] }, bot)

    const record = await recordDriftRun(octokit, target, driftEntry(2), fivePercent)

    expect(record.entries).toHaveLength(2)
    expect(
      github.requests.filter(r => r.method === 'GET' && r.path.endsWith('/issues')).length
    ).toBeGreaterThanOrEqual(3)
    expect(
      github.issues.filter(issue => issue.body.startsWith(driftMarkerFor(target.key)))
    ).toHaveLength(1)
  })

  it('never writes into an issue or pull request someone without write access marked as ours', async () => {
    const body = `${driftMarkerFor(target.key)}\n${renderHistoryBlock([driftEntry(1, { size: 1 })])}`
    const planted = github.seedIssue(
      { body, labels: ['image-size-drift'] },
      { login: 'mallory', type: 'User' },
      'CONTRIBUTOR'
    )
    const pull = github.seedIssue({ body, labels: ['image-size-drift'], pullRequest: true }, bot)

    const record = await recordDriftRun(octokit, target, driftEntry(2), fivePercent)

    expect(record.issueNumber).not.toBe(planted.number)
    expect(record.issueNumber).not.toBe(pull.number)
    expect(record.entries.map(entry => entry.runId)).toEqual(['run-2'])
    expect(planted.body).toBe(body)
    expect(pull.body).toBe(body)
  })

  it('keeps only the last runs, up to the limit', async () => {
    const short = { ...target, limit: 2 }
    for (const day of [1, 2, 3]) await recordDriftRun(octokit, short, driftEntry(day), fivePercent)
    expect(storedEntries(github.issues[0]!.body)).toEqual(['run-2', 'run-3'])
    expect(github.issues[0]!.body).toContain('2 runs kept (up to 2)')
  })

  it('records a re-run of the same run once', async () => {
    await recordDriftRun(octokit, target, driftEntry(1), fivePercent)
    await recordDriftRun(octokit, target, driftEntry(2), fivePercent)
    const writes = github.writes().length
    const again = await recordDriftRun(octokit, target, driftEntry(2), fivePercent)

    expect(again.entries.map(entry => entry.runId)).toEqual(['run-1', 'run-2'])
    expect(github.writes()).toHaveLength(writes)
  })
})
