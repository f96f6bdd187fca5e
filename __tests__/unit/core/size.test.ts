import { describe, expect, it } from '@jest/globals'
import { formatBytes } from '../../../src/core/format.js'
import { parseSize } from '../../../src/core/size.js'

describe('parseSize', () => {
  it('parses what formatBytes writes back to about the same bytes', () => {
    expect(parseSize(formatBytes(712_000_000).replace(' ', ''))).toBe(712_000_000)
  })
})
