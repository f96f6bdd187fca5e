import { describe, expect, it } from '@jest/globals'
import { formatBytes, formatDelta, formatExactBytes, parseSize } from '../../../src/core/size.js'

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

  it('parses what it formats back to about the same bytes', () => {
    expect(parseSize(formatBytes(712_000_000).replace(' ', ''))).toBe(712_000_000)
  })
})
