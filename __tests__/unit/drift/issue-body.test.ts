import { describe, expect, it } from '@jest/globals'
import { parseHistoryBlock } from '../../../src/drift/history.js'
import { chart, renderDriftAlert, renderDriftIssueBody } from '../../../src/drift/issue-body.js'
import { checkDrift } from '../../../src/drift/threshold.js'
import { driftEntry, driftThreshold, GOLANG_NEW } from './entries.js'

const newGolang = [{ image: 'golang:1.24', digest: GOLANG_NEW }, driftEntry(1).bases[1]!]
const history = [
  driftEntry(1),
  driftEntry(2, { size: 702_000_000, alternativeSize: undefined }),
  driftEntry(3, { size: 714_100_000, compressedSize: 254_000_000, bases: newGolang }),
  driftEntry(4, { size: 716_000_000, layers: 13, ownSize: 13_900_000, bases: newGolang })
]
const key = 'scheduled/drift/Dockerfile'

describe('renderDriftIssueBody', () => {
  it('shows the figures, a chart, digest changes, the last runs and the history block', () => {
    expect(renderDriftIssueBody({ key, limit: 90, entries: history })).toMatchSnapshot()
  })

  it('compares the latest run with the previous and the first run kept', () => {
    const body = renderDriftIssueBody({ key, limit: 90, entries: history })
    expect(body).toContain(
      '| **Latest run** (2026-11-04 06:00, 04aaaaa) | **716 MB** | 250 MB | 13 | 8.1 MB |'
    )
    expect(body).toContain(
      '| Since the previous run (2026-11-03) | +1.9 MB (+0.3%) | -4 MB (-1.6%) | +1 | ±0 |'
    )
    expect(body).toContain(
      '| Since the first run kept (2026-11-01) | +16 MB (+2.3%) | ±0 | +1 | ±0 |'
    )
  })

  it('draws size over time as a Mermaid xychart', () => {
    const body = renderDriftIssueBody({ key, limit: 90, entries: history })
    expect(body).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Image size (MB)"',
        '  x-axis ["11-01", "11-02", "11-03", "11-04"]',
        '  y-axis "MB"',
        '  line [700, 702, 714.1, 716]',
        '```'
      ].join('\n')
    )
  })

  it('gives a second run on one day its own chart label', () => {
    const sameDay = driftEntry(1, { runId: 'evening', time: '2026-11-01T18:00:00Z' })
    expect(chart([driftEntry(1), sameDay])).toContain('x-axis ["11-01", "11-01 #2"]')
  })

  it('says when a base image changed digest, and what the image did in that run', () => {
    const body = renderDriftIssueBody({ key, limit: 90, entries: history })
    expect(body).toContain(
      '- `golang:1.24` changed digest on 2026-11-03: +12.1 MB (`111111111111` → `222222222222`)'
    )
  })

  it('starts with one run: no comparisons, no chart yet', () => {
    const body = renderDriftIssueBody({ key, limit: 90, entries: [driftEntry(1)] })
    expect(body).toContain('1 run kept (up to 90)')
    expect(body).not.toContain('Since the previous run')
    expect(body).toContain('_The chart appears after the second run._')
    expect(body).toContain('_No base image changed digest in the runs kept._')
  })

  it('says when it started a fresh history', () => {
    const body = renderDriftIssueBody({
      key,
      limit: 90,
      entries: [driftEntry(1)],
      recovered: 'the history is not valid JSON <b>'
    })
    expect(body).toContain(
      '> [!WARNING]\n> The stored history could not be read (the history is not valid JSON &lt;b&gt;)'
    )
  })

  it('ends with the history block, which reads back as the runs shown', () => {
    const body = renderDriftIssueBody({ key, limit: 90, entries: history })
    expect(body.trimEnd().endsWith('-->')).toBe(true)
    expect(parseHistoryBlock(body)).toEqual({ entries: history })
  })

  it('lists the last 20 runs, newest first', () => {
    const many = Array.from({ length: 25 }, (_, i) => driftEntry(i + 1))
    const body = renderDriftIssueBody({ key, limit: 90, entries: many })
    const rows = body.split('\n').filter(line => /^\| 2026-/.test(line))
    expect(rows).toHaveLength(20)
    expect(rows[0]).toMatch(/^\| 2026-11-25 06:00 /)
    expect(body).toContain('_The last 20 of 25 runs kept, newest first._')
  })

  it('drops the oldest runs, from the body and the history alike, to stay within the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => driftEntry(i + 1))
    const body = renderDriftIssueBody({ key, limit: 90, entries: many }, 12_000)
    expect(body.length).toBeLessThanOrEqual(12_000)
    const kept = parseHistoryBlock(body)
    expect('entries' in kept && kept.entries.length).toBeLessThan(30)
    expect('entries' in kept && kept.entries.at(-1)?.runId).toBe('run-30')
  })

  it('escapes hostile image names, commits and keys everywhere they appear', () => {
    const hostile = 'evil|image <img src=x onerror=alert(1)> @org/team `x` **bold**'
    const bases = [{ image: hostile, digest: 'sha256:<b>' }]
    const entries = [
      driftEntry(1, { bases: [{ image: hostile, digest: 'sha256:aaa' }] }),
      driftEntry(2, { bases, commit: '<script>alert(1)</script> | @here' })
    ]
    const body = renderDriftIssueBody({ key: 'k|<i>@x', limit: 90, entries })
    const visible = body.slice(0, body.indexOf('<!-- go-image-budget-history'))

    // Inside a code span, HTML and mentions are plain text; outside, neither may appear.
    const outsideCode = visible.replace(/(`+)[^`][\s\S]*?[^`]\1(?!`)/g, 'CODE')
    expect(outsideCode).not.toMatch(/[<>@]/)
    expect(visible).toContain('``evil¦image <img src=x onerror=alert(1)> @org/team `x` **bold**``')
    expect(visible).toContain('`<script>alert(1)</script> ¦ @here`')
    // Every table row keeps its column count: no pipe escaped a cell.
    const runRows = visible.split('\n').filter(line => /^\| 2026-/.test(line))
    for (const row of runRows) expect(row.split(' | ')).toHaveLength(8)
    expect(parseHistoryBlock(body)).toEqual({ entries })
  })
})

describe('renderDriftAlert', () => {
  it('says how much, past what, and what changed', () => {
    const threshold = driftThreshold('1%')
    const [, , previous, current] = history as [
      unknown,
      unknown,
      (typeof history)[0],
      (typeof history)[0]
    ]
    const grown = { ...current, size: 760_000_000 }
    const check = checkDrift(previous, grown, threshold)
    expect(renderDriftAlert({ key, previous, current: grown, check, threshold })).toMatchSnapshot()
  })

  it('names a changed base digest', () => {
    const threshold = driftThreshold('10MB')
    const [, previous, current] = history as [unknown, (typeof history)[0], (typeof history)[0]]
    const check = checkDrift(previous, current, threshold)
    const alert = renderDriftAlert({ key, previous, current, check, threshold })
    expect(alert).toContain(
      'The image grew by 12.1 MB (+1.7%) since the previous run, past the drift threshold of 10 MB.'
    )
    expect(alert).toContain('What changed: the digest of `golang:1.24` changed.')
    expect(alert).toContain('- `golang:1.24`: `111111111111` → `222222222222`')
  })
})
