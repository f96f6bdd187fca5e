import { describe, expect, it } from '@jest/globals'
import { helloReport, spoiledReport } from '../../../__fixtures__/reports.js'
import { parseCommentBundle } from '../../../src/action/comment-bundle.js'

const good = {
  version: 2,
  repository: 'acme/app',
  pullRequest: 7,
  headSha: 'a'.repeat(40),
  key: 'image budget/budget/Dockerfile',
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
    [{ version: 1 }, 'version must be 2 (use the same version of go-image-budget'],
    [{ budget: { maxSize: 1 } }, 'it has fields a bundle does not: "budget"'],
    [{ report: undefined }, 'report is missing'],
    [{ report: { kind: 'measured' } }, "report must have required property 'schemaVersion'"]
  ])('refuses %j', (change, problem) => {
    expect(() => parseCommentBundle(JSON.stringify({ ...good, ...change }))).toThrow(problem)
  })

  it.each([
    [
      ['image', 'layers', 1, 'files'],
      '![x](https://evil.example/p.png)',
      'report.image.layers[1].files must be integer'
    ],
    [['image', 'base', 'layers'], '@everyone', 'report.image.base.layers must be integer'],
    [
      ['budget', 'checks', 0, 'limit'],
      '[click](https://evil.example)',
      'report.budget.checks[0].limit must be integer'
    ],
    [
      ['alternative', 'budget', 'checks', 0, 'actual'],
      '<img src=x>',
      'report.alternative.budget.checks[0].actual must be integer'
    ],
    [
      ['alternative', 'blockers'],
      [{ line: '3 <img src=x>', message: 'm' }],
      'report.alternative.blockers[0].line must be integer'
    ]
  ])('refuses a report whose %j is %j, before anything is rendered', (at, value, problem) => {
    const bundle = { ...good, report: spoiledReport(at, value) }
    expect(() => parseCommentBundle(JSON.stringify(bundle))).toThrow(
      `the comment bundle is not usable: ${problem}`
    )
  })

  it('refuses what is not JSON, or not an object', () => {
    expect(() => parseCommentBundle('<html>')).toThrow('the comment bundle is not valid JSON')
    expect(() => parseCommentBundle('[]')).toThrow('it is not a JSON object')
  })
})
