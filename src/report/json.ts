import type { RegistryReport, Report } from './model.js'

/** The JSON report of one image, or of several keyed by Dockerfile path; fields documented in the README. */
export type JsonReport = Report | Record<string, Report> | RegistryReport

export function renderJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** One report for one image, an object keyed by Dockerfile path for several. */
export function jsonReportOf(reports: Report[]): JsonReport {
  return reports.length === 1
    ? reports[0]!
    : Object.fromEntries(reports.map(report => [report.dockerfile, report]))
}
