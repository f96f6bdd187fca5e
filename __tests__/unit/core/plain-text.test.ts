import { describe, expect, it } from '@jest/globals'
import { firstLineOf, headOf, plainText, tailOf } from '../../../src/core/plain-text.js'

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n')

describe('excerpts of container output', () => {
  it('strips terminal colours, carriage returns and control characters', () => {
    expect(plainText('\u001b[31mred\u001b[0m\r\nbell\u0007\ttab')).toBe('red\nbell\ttab')
  })

  it('keeps the first 20 lines and says how many were left out', () => {
    const head = headOf(lines(25))
    expect(head.split('\n')).toHaveLength(21)
    expect(head).toMatch(/^line 1\n/)
    expect(head).toMatch(/… \(5 more lines\)$/)
  })

  it('keeps the last 20 lines and says how many came before', () => {
    const tail = tailOf(lines(25) + '\n')
    expect(tail).toMatch(/^… \(5 earlier lines\)\nline 6\n/)
    expect(tail).toMatch(/line 25$/)
  })

  it('cuts a single huge line to 2,000 characters', () => {
    expect(headOf('x'.repeat(10_000))).toHaveLength(2001)
    expect(tailOf('x'.repeat(10_000))).toHaveLength(2001)
  })

  it('gives the first non-empty line', () => {
    expect(firstLineOf('\n\n  docker: Error response\nmore')).toBe('docker: Error response')
    expect(firstLineOf('y'.repeat(300))).toHaveLength(201)
  })
})
