import { describe, expect, it } from '@jest/globals'
import { helloReport } from '../../../__fixtures__/reports.js'
import { parseCommentBundle } from '../../../src/action/comment-bundle.js'

const good = {
  version: 1,
  repository: 'acme/app',
  pullRequest: 7,
  headSha: 'a'.repeat(40),
  key: 'image budget/budget/Dockerfile',
  budget: { maxSize: 50_000_000 },
  report: helloReport()
}

describe('parseCommentBundle', () => {
  it('accepts what a pull-request run writes', () => {
    expect(parseCommentBundle(JSON.stringify(good)).pullRequest).toBe(7)
  })

  it.each([
    [{ pullRequest: '7; DROP' }, 'pullRequest must be a number'],
    [{ repository: 'evil' }, 'repository must be owner/name'],
    [{ headSha: 'main' }, 'headSha must be a commit SHA'],
    [{ key: 'x -->\n<img src=x>' }, 'key has characters a key cannot have'],
    [{ report: { kind: 'measured' } }, 'report is not a go-image-budget report']
  ])('refuses %j', (change, problem) => {
    expect(() => parseCommentBundle(JSON.stringify({ ...good, ...change }))).toThrow(problem)
  })

  it('refuses what is not JSON', () => {
    expect(() => parseCommentBundle('<html>')).toThrow('the comment bundle is not valid JSON')
  })
})
