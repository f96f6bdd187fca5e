import { describe, expect, it } from '@jest/globals'
import { changedLines } from '../../../src/verify/line-diff.js'

describe('changedLines', () => {
  it('shows only the stretch between the shared start and end', () => {
    expect(changedLines('stdout', 'a\nb\nc\nd\n', 'a\nx\ny\nd\n')).toBe(
      'stdout differs from line 2 (- original, + alternative):\n- b\n- c\n+ x\n+ y'
    )
  })

  it('marks a side that has nothing there', () => {
    expect(changedLines('stdout', 'a\n', 'a\nextra\n')).toBe(
      'stdout differs from line 2 (- original, + alternative):\n- (nothing)\n+ extra'
    )
  })

  it('shows at most 8 lines per side', () => {
    const many = Array.from({ length: 30 }, (_, i) => `n${i}`).join('\n')
    const diff = changedLines('stdout', '', many)
    expect(diff).toContain('+ … (22 more lines)')
    expect(diff.split('\n').length).toBeLessThanOrEqual(11)
  })
})
