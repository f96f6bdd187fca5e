import { describe, expect, it } from '@jest/globals'
import {
  checkBudget,
  describeBreaches,
  describeUnchecked,
  warnings,
  withinEveryLimit
} from '../../../src/core/budget.js'

describe('checkBudget', () => {
  it('is within budget when no limit is set', () => {
    expect(checkBudget({}, { size: 10, layers: 99 })).toEqual({
      within: true,
      checks: [],
      unchecked: []
    })
  })

  it('checks each limit that is set, at the limit being within', () => {
    const verdict = checkBudget(
      { maxSize: 50_000_000, maxLayers: 4, maxCompressedSize: 20_000_000 },
      { size: 50_000_000, compressedSize: 20_000_001, layers: 5 }
    )
    expect(verdict.within).toBe(false)
    expect(verdict.checks.map(c => [c.name, c.within])).toEqual([
      ['size', true],
      ['compressed size', false],
      ['layers', false]
    ])
    expect(describeBreaches(verdict)).toBe('compressed size 20 MB of 20 MB, layers 5 of 4 layers')
  })

  it('budgets growth against the base branch in bytes or percent', () => {
    const grew = { size: 105_000_000, layers: 3, baseline: { size: 100_000_000 } }
    expect(describeBreaches(checkBudget({ maxIncrease: { bytes: 2_000_000 } }, grew))).toBe(
      'increase +5 MB of 2 MB'
    )
    expect(checkBudget({ maxIncrease: { percent: 5 } }, grew).within).toBe(true)
    expect(checkBudget({ maxIncrease: { percent: 4.9 } }, grew).within).toBe(false)
    // Outside a pull request no base is asked for: the rule does not apply there.
    const notAPullRequest = checkBudget({ maxIncrease: { bytes: 1 } }, { size: 1e9, layers: 1 })
    expect(notAPullRequest).toEqual({ within: true, checks: [], unchecked: [] })
  })

  it('reports a growth limit whose base commit could not be had as not checked, never as met', () => {
    const reason = 'git fetch failed: fatal: remote error: upload-pack: not our ref 0123abc'
    const verdict = checkBudget(
      { maxSize: 50_000_000, maxIncrease: { percent: 5 } },
      { size: 1_000_000, layers: 1, baseline: { unavailable: reason } }
    )
    expect(verdict.checks.map(check => check.name)).toEqual(['size'])
    expect(verdict.unchecked).toEqual([{ name: 'increase', limit: '5%', reason }])
    expect(verdict.within).toBe(true)
    expect(withinEveryLimit(verdict)).toBe(false)
    expect(describeUnchecked(verdict)).toEqual([`increase (5%): ${reason}`])
  })

  it('reports a compressed-size limit without a compressed size as not checked', () => {
    const verdict = checkBudget({ maxCompressedSize: 20_000_000 }, { size: 1, layers: 1 })
    expect(verdict.checks).toEqual([])
    expect(verdict.unchecked).toEqual([
      {
        name: 'compressed size',
        limit: '20 MB',
        reason: 'the compressed size was not measured'
      }
    ])
    expect(withinEveryLimit(verdict)).toBe(false)
  })

  it('is within every limit only when each was checked and met', () => {
    const met = checkBudget({ maxSize: 10 }, { size: 5, layers: 1 })
    expect(withinEveryLimit(met)).toBe(true)
    expect(withinEveryLimit(checkBudget({ maxSize: 1 }, { size: 5, layers: 1 }))).toBe(false)
  })

  it('warns past warn-size without failing', () => {
    const verdict = checkBudget(
      { warnSize: 40_000_000, maxSize: 50_000_000 },
      { size: 45_000_000, layers: 1 }
    )
    expect(verdict.within).toBe(true)
    expect(warnings(verdict).map(check => check.detail)).toEqual(['45 MB of 40 MB'])
  })

  it('says how far over a size is', () => {
    const verdict = checkBudget({ maxSize: 50_000_000 }, { size: 770_423_692, layers: 4 })
    expect(describeBreaches(verdict)).toBe('size 770 MB of 50 MB')
  })
})

describe('max-binary-size', () => {
  it('checks the largest Go binary when one was read, and says it was not checked otherwise', () => {
    const over = checkBudget(
      { maxBinarySize: 2_000_000 },
      { size: 10, layers: 1, binarySize: 2_290_000 }
    )
    expect(over.within).toBe(false)
    expect(over.checks[0]).toMatchObject({ name: 'binary size', detail: '2.29 MB of 2 MB' })
    const none = checkBudget({ maxBinarySize: 2_000_000 }, { size: 10, layers: 1 })
    expect(none.checks).toEqual([])
    expect(none.unchecked).toEqual([
      { name: 'binary size', limit: '2 MB', reason: 'no Go binary was read in the image' }
    ])
    expect(withinEveryLimit(none)).toBe(false)
  })
})
