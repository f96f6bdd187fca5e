import { describe, expect, it } from '@jest/globals'
import { formatExecForm } from '../../../../src/dockerfile/write/exec-form.js'

describe('formatExecForm', () => {
  it('writes exec form the way people do', () => {
    expect(formatExecForm(['/app', 'say "hi"'])).toBe('["/app", "say \\"hi\\""]')
  })
})
