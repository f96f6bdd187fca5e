import { describe, expect, it } from '@jest/globals'
import { formatGrowthLimit } from '../../../src/core/format.js'
import { InputError } from '../../../src/core/inputs.js'
import { checkDrift, describeDrift } from '../../../src/drift/threshold.js'
import { driftEntry, driftThreshold, GOLANG_NEW, GOLANG_OLD } from './entries.js'

describe('the drift-threshold input', () => {
  it.each([
    ['5%', { percent: 5 }],
    [' 2.5 % ', { percent: 2.5 }],
    ['0%', { percent: 0 }],
    ['10MB', { bytes: 10_000_000 }],
    ['1.5 MiB', { bytes: 1_572_864 }],
    ['2GB', { bytes: 2_000_000_000 }]
  ])('reads %j', (text, threshold) => {
    expect(driftThreshold(text)).toEqual(threshold)
  })

  it.each(['5', '30000000', 'five percent', '-5%', '5%%', '10 mb', '%'])(
    'refuses %j, naming the input and the forms it takes',
    text => {
      expect(() => driftThreshold(text)).toThrow(InputError)
      expect(() => driftThreshold(text)).toThrow(
        `drift-threshold must be a percentage like 5% or a size with a unit like 10MB or 1.5MiB; got ${JSON.stringify(text)}`
      )
    }
  )

  it('describes itself as people write it', () => {
    expect(formatGrowthLimit(driftThreshold('5%'))).toBe('5%')
    expect(formatGrowthLimit(driftThreshold('10MB'))).toBe('10 MB')
  })
})

describe('checkDrift', () => {
  const previous = driftEntry(1)
  const fivePercent = driftThreshold('5%')

  it('finds nothing without a previous run', () => {
    expect(checkDrift(undefined, previous, fivePercent)).toEqual({
      exceeded: false,
      delta: 0,
      percent: 0,
      causes: [],
      changedBases: []
    })
  })

  it('blames the base digest when only the base changed', () => {
    const bases = [{ image: 'golang:1.24', digest: GOLANG_NEW }, previous.bases[1]!]
    const check = checkDrift(previous, driftEntry(2, { size: 750_000_000, bases }), fivePercent)
    expect(check).toEqual({
      exceeded: true,
      delta: 50_000_000,
      percent: 7.1,
      causes: ['base digest'],
      changedBases: [{ image: 'golang:1.24', from: GOLANG_OLD, to: GOLANG_NEW }],
      ownDelta: 0
    })
  })

  it('blames own layers when only they grew', () => {
    const check = checkDrift(
      previous,
      driftEntry(2, { size: 740_000_000, ownSize: 52_000_000 }),
      fivePercent
    )
    expect(check.causes).toEqual(['own layers'])
    expect(check.ownDelta).toBe(40_000_000)
    expect(check.exceeded).toBe(true)
  })

  it('names both when both changed', () => {
    const bases = [{ image: 'golang:1.24', digest: GOLANG_NEW }, previous.bases[1]!]
    const current = driftEntry(2, { size: 760_000_000, ownSize: 20_000_000, bases })
    const check = checkDrift(previous, current, fivePercent)
    expect(check.causes).toEqual(['base digest', 'own layers'])
    expect(describeDrift(check, fivePercent, image => `[${image}]`)).toBe(
      'the image grew by 60 MB (+8.6%) since the previous run, past the drift threshold of 5%: ' +
        'the digest of [golang:1.24] changed and own layers grew by 8 MB'
    )
  })

  it('blames own layers by elimination when their size is unknown and no base changed', () => {
    const unknown = { ownSize: undefined }
    const check = checkDrift(
      { ...previous, ...unknown },
      driftEntry(2, { ...unknown, size: 701_000_000 })
    )
    expect(check.causes).toEqual(['own layers'])
  })

  it('ignores a base image that was added or removed: that is a Dockerfile edit', () => {
    const current = driftEntry(2, { bases: [{ image: 'golang:1.25', digest: GOLANG_NEW }] })
    expect(checkDrift(previous, current).changedBases).toEqual([])
  })

  it('counts growth strictly past the threshold, in percent or bytes', () => {
    const exactly5 = driftEntry(2, { size: 735_000_000 })
    expect(checkDrift(previous, exactly5, fivePercent).exceeded).toBe(false)
    expect(checkDrift(previous, driftEntry(2, { size: 735_000_001 }), fivePercent).exceeded).toBe(
      true
    )
    expect(
      checkDrift(previous, driftEntry(2, { size: 710_000_000 }), driftThreshold('10MB')).exceeded
    ).toBe(false)
    expect(
      checkDrift(previous, driftEntry(2, { size: 710_000_001 }), driftThreshold('10MB')).exceeded
    ).toBe(true)
  })

  it('never alerts on shrinking, nor without a threshold', () => {
    expect(checkDrift(previous, driftEntry(2, { size: 1 }), driftThreshold('0%')).exceeded).toBe(
      false
    )
    expect(checkDrift(previous, driftEntry(2, { size: 9e9 })).exceeded).toBe(false)
  })
})
