import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import {
  broken,
  helloReport,
  insideReport,
  service,
  spoiledReport
} from '../../../__fixtures__/reports.js'
import { jsonReportOf } from '../../../src/report/json.js'
import { jsonReportProblems, reportProblems } from '../../../src/core/report-schema.js'

describe('the report schema', () => {
  it('holds for the reports the renderers are tested with', () => {
    expect(reportProblems(helloReport())).toEqual([])
    expect(reportProblems(insideReport())).toEqual([])
    expect(reportProblems(broken('legacy'))).toEqual([])
    expect(jsonReportProblems(jsonReportOf([service('api'), broken('legacy')]))).toEqual([])
  })

  it.each([
    [
      ['image', 'layers', 0, 'files'],
      '<img src=x>',
      'report.image.layers[0].files must be integer'
    ],
    [['image', 'base', 'layers'], '@everyone', 'report.image.base.layers must be integer'],
    [
      ['budget', 'checks', 0, 'limit'],
      '[x](https://evil)',
      'report.budget.checks[0].limit must be integer'
    ],
    [
      ['alternative', 'blockers'],
      [{ line: '1 <b>', message: 'm' }],
      'report.alternative.blockers[0].line must be integer'
    ],
    [
      ['alternative', 'html'],
      '<img>',
      'report.alternative has a field the report schema does not know: "html"'
    ],
    [['image', 'id'], 'sha256:<img>', 'report.image.id must match pattern'],
    [
      ['alternative', 'status'],
      'trusted',
      'report.alternative.status must be equal to one of the allowed values'
    ],
    [['schemaVersion'], 2, 'report.schemaVersion must be equal to constant'],
    [['image', 'size'], -1, 'report.image.size must be >= 0']
  ])('refuses a report whose %j is %j', (at, value, problem) => {
    expect(reportProblems(spoiledReport(at, value)).join('\n')).toContain(problem)
  })

  it('names the Dockerfile of a report keyed by path', () => {
    const reports = jsonReportOf([service('api'), service('web')]) as Record<
      string,
      ReturnType<typeof service>
    >
    reports['services/web/Dockerfile']!.image.size = 0.5
    expect(jsonReportProblems(reports)).toContain(
      'report["services/web/Dockerfile"].image.size must be integer'
    )
  })

  it('is the schema the repository publishes, in the draft it names', async () => {
    const published = JSON.parse(await readFile('schema/report.schema.json', 'utf8'))
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })
})
