import { describe, expect, it } from '@jest/globals'
import { helloReport } from '../../../__fixtures__/reports.js'
import { formatAge } from '../../../src/core/format.js'
import { describeBaseline, describeBaselineSource } from '../../../src/report/delta.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import type { Baseline, BaselineSource } from '../../../src/report/model.js'
import { reportProblems } from '../../../src/core/report-schema.js'
import { renderTerminal } from '../../../src/report/terminal.js'

const COMMIT = 'abc1234def5678abc1234def5678abc1234def56'

function measured(source: BaselineSource, extra: Partial<Baseline> = {}): Baseline {
  return {
    status: 'measured',
    commit: COMMIT,
    size: 1_000_000,
    compressedSize: 500_000,
    layers: 3,
    source,
    ...extra
  } as Baseline
}

const recorded = (store: 'drift-history' | 'runner-cache', branch?: string): BaselineSource => ({
  kind: 'recorded',
  store,
  ...(branch && { branch }),
  recordedAt: '2026-12-02T03:00:00.000Z',
  ageSeconds: 3 * 3600 + 59 * 60
})

describe('where the baseline came from', () => {
  it('says a recorded measurement was recorded, where, at which commit and how long ago', () => {
    expect(describeBaselineSource(measured(recorded('drift-history', 'main')))).toBe(
      'recorded on main at abc1234, 3 h ago'
    )
    expect(describeBaselineSource(measured(recorded('runner-cache')))).toBe(
      'recorded in the runner cache at abc1234, 3 h ago'
    )
    expect(describeBaselineSource(measured(recorded('drift-history')))).toBe(
      'recorded in the drift history at abc1234, 3 h ago'
    )
  })

  it('says a base commit built here was built', () => {
    expect(describeBaselineSource(measured({ kind: 'built' }))).toBe('built from abc1234')
  })

  it('names the baseline image, and says so when only the engine had a copy', () => {
    const id = `sha256:${'f'.repeat(64)}`
    const pulled = measured({ kind: 'image', id, pulled: true }, { image: 'ghcr.io/acme/api:main' })
    expect(describeBaselineSource(pulled)).toBe('pulled from ghcr.io/acme/api:main (ffffffffffff)')
    expect(describeBaseline(pulled, helloReport().image)).toMatch(
      /Against the image ghcr\.io\/acme\/api:main: size /
    )
    const local = measured({ kind: 'image', id, pulled: false }, { image: 'api:main' })
    expect(describeBaselineSource(local)).toBe(
      "the engine's copy of api:main (ffffffffffff), which could not be pulled"
    )
  })

  it('has nothing to say of a baseline that was not measured', () => {
    expect(describeBaselineSource({ status: 'new-image', commit: COMMIT })).toBeUndefined()
    expect(
      describeBaselineSource({ status: 'unavailable', commit: COMMIT, reason: 'no' })
    ).toBeUndefined()
  })

  it('is in the comment and the terminal report, and the JSON report keeps it', () => {
    const report = helloReport()
    report.baseline = measured(recorded('drift-history', 'main'))
    expect(renderMarkdown(report)).toContain('_Baseline recorded on main at abc1234, 3 h ago._')
    expect(renderTerminal(report)).toContain('baseline recorded on main at abc1234, 3 h ago')
    expect(JSON.parse(JSON.stringify(report)).baseline.source).toEqual({
      kind: 'recorded',
      store: 'drift-history',
      branch: 'main',
      recordedAt: '2026-12-02T03:00:00.000Z',
      ageSeconds: 14_340
    })
  })
})

describe('the report schema', () => {
  it('holds for every source a baseline can come from', () => {
    const id = `sha256:${'f'.repeat(64)}`
    const baselines: Baseline[] = [
      measured({ kind: 'built' }),
      measured(recorded('drift-history', 'main')),
      measured(recorded('runner-cache')),
      measured({ kind: 'image', id, pulled: true }, { image: 'ghcr.io/acme/api:main' }),
      measured({ kind: 'image', id, pulled: false }, { image: 'api:main', commit: undefined }),
      { status: 'unavailable', image: 'ghcr.io/acme/api:main', reason: 'no such image' }
    ]
    for (const baseline of baselines) {
      const report = { ...helloReport(), buildKey: 'v1-0123456789abcdef', baseline }
      expect(reportProblems(JSON.parse(JSON.stringify(report)))).toEqual([])
    }
  })
})

describe('formatAge', () => {
  it('rounds down to the largest unit that fits', () => {
    expect([0, 59, 60, 3599, 3600, 86_399, 86_400, 864_000].map(formatAge)).toEqual([
      'just now',
      'just now',
      '1 min ago',
      '59 min ago',
      '1 h ago',
      '23 h ago',
      '1 d ago',
      '10 d ago'
    ])
  })
})
