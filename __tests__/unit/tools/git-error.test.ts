import { describe, expect, it } from '@jest/globals'
import { GitError, gitSaid } from '../../../src/tools/git.js'

describe('GitError', () => {
  it("says git's own error, not the advice printed after it", () => {
    const stderr = [
      "fatal: 'origin' does not appear to be a git repository",
      'fatal: Could not read from remote repository.',
      '',
      'Please make sure you have the correct access rights',
      'and the repository exists.',
      ''
    ].join('\n')
    expect(new GitError(['fetch', 'origin'], stderr).message).toBe(
      "git fetch failed: fatal: 'origin' does not appear to be a git repository"
    )
  })

  it('falls back to the last line, and cuts a long one', () => {
    expect(gitSaid('hint: something\nthe end\n')).toBe('the end')
    expect(gitSaid(`fatal: ${'x'.repeat(1000)}`)).toHaveLength(300)
    expect(gitSaid('')).toBe('no message')
  })
})
