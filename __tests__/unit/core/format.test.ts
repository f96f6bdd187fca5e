import { describe, expect, it } from '@jest/globals'
import {
  formatBytes,
  formatChange,
  formatCountChange,
  formatDelta,
  formatExactBytes,
  formatGrowthLimit,
  formatPercent,
  percentOf
} from '../../../src/core/format.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_000, '1 KB'],
    [1_532_000, '1.53 MB'],
    [7_500_000, '7.5 MB'],
    [12_345_678, '12.3 MB'],
    [712_000_000, '712 MB'],
    [1_610_612_736, '1.61 GB']
  ])('%d bytes is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))

  it('signs deltas and spells exact bytes', () => {
    expect(formatDelta(12_400_000)).toBe('+12.4 MB')
    expect(formatDelta(-3_000_000)).toBe('-3 MB')
    expect(formatExactBytes(770_423_692)).toBe('770,423,692 bytes')
  })
})

describe('changes and percentages', () => {
  it('writes a change as the delta and its share of the earlier figure', () => {
    expect(formatChange(700_000_000, 712_100_000)).toBe('+12.1 MB (+1.7%)')
    expect(formatChange(250_000_000, 246_000_000)).toBe('-4 MB (-1.6%)')
    expect(formatChange(5, 5)).toBe('±0')
  })

  it('rounds percentages to one decimal, and has none of nothing', () => {
    expect(percentOf(1, 3)).toBe(33.3)
    expect(percentOf(5, 0)).toBe(0)
    expect(formatPercent(99.8)).toBe('99.8%')
  })

  it('signs changes of counts and writes growth limits as people write them', () => {
    expect(formatCountChange(12, 13)).toBe('+1')
    expect(formatCountChange(12, 11)).toBe('-1')
    expect(formatCountChange(12, 12)).toBe('±0')
    expect(formatGrowthLimit({ percent: 5 })).toBe('5%')
    expect(formatGrowthLimit({ bytes: 10_000_000 })).toBe('10 MB')
  })
})
