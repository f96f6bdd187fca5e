import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Report } from './model.js'

/** The JSON report of one image, or of several keyed by Dockerfile path; fields documented in the README. */
export type JsonReport = Report | Record<string, Report>

export function renderJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** One report for one image, an object keyed by Dockerfile path for several. */
export function jsonReportOf(reports: Report[]): JsonReport {
  return reports.length === 1
    ? reports[0]!
    : Object.fromEntries(reports.map(report => [report.dockerfile, report]))
}

/** Writes the JSON report into `dir` under a name derived from the comment key; returns its path. */
export async function writeJsonReport(
  report: JsonReport,
  dir: string,
  key: string
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const name = `go-image-budget-${key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report'}.json`
  const file = path.join(dir, name)
  await writeFile(file, renderJson(report))
  return file
}
