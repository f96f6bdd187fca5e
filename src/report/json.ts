import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Report } from './model.js'

/** The JSON report: the report object itself, stable field names documented in the README. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** Writes the JSON report into `dir` under a name derived from the comment key; returns its path. */
export async function writeJsonReport(report: Report, dir: string, key: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const name = `go-image-budget-${key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report'}.json`
  const file = path.join(dir, name)
  await writeFile(file, renderJson(report))
  return file
}
