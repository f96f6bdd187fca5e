import { expect } from '@jest/globals'
import { jsonReportProblems } from '../../src/core/report-schema.js'

/**
 * Checks a report (an engine result, or a JSON report file's parsed content) against the published
 * schema, as JSON: a field the schema does not know fails here first, so add it to
 * schema/report.schema.json together with the model.
 */
export function expectSchemaValid(report: unknown): void {
  const asJson: unknown = JSON.parse(JSON.stringify(report))
  expect(jsonReportProblems(asJson)).toEqual([])
}
