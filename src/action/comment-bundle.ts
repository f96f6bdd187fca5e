import { mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Budget } from '../core/budget.js'
import type { Report } from '../report/model.js'
import { REPORT_SCHEMA_VERSION } from '../report/model.js'

// What a pull-request run leaves behind for a later, trusted run to comment with. A pull request
// from a fork writes it, so a reader must trust nothing in it: the comment is rendered again from
// the report's data (every string escaped on the way), never taken as Markdown.

export const BUNDLE_FILE = 'go-image-budget-comment.json'
const BUNDLE_VERSION = 1

export interface CommentBundle {
  version: typeof BUNDLE_VERSION
  repository: string
  pullRequest: number
  headSha: string
  key: string
  budget: Budget
  report: Report
}

export async function writeCommentBundle(
  dir: string,
  bundle: Omit<CommentBundle, 'version'>
): Promise<string> {
  await mkdir(dir, { recursive: true })
  await writeFile(
    path.join(dir, BUNDLE_FILE),
    `${JSON.stringify({ version: BUNDLE_VERSION, ...bundle }, null, 2)}\n`
  )
  return dir
}

/** Reads and checks a bundle; throws an Error that says what is wrong with it. */
export async function readCommentBundle(dir: string): Promise<CommentBundle> {
  const file = path.join(dir, BUNDLE_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new Error(
      `no ${BUNDLE_FILE} in ${dir}: download the artifact of the pull-request run there first`
    )
  }
  return parseCommentBundle(text)
}

/** Validates the shape of untrusted bundle JSON. Pure. */
export function parseCommentBundle(text: string): CommentBundle {
  let data: Partial<CommentBundle>
  try {
    data = JSON.parse(text) as Partial<CommentBundle>
  } catch {
    throw new Error('the comment bundle is not valid JSON')
  }
  const problems = [
    data.version === BUNDLE_VERSION || `version must be ${BUNDLE_VERSION}`,
    (typeof data.repository === 'string' && /^[\w.-]+\/[\w.-]+$/.test(data.repository)) ||
      'repository must be owner/name',
    (Number.isSafeInteger(data.pullRequest) && (data.pullRequest as number) > 0) ||
      'pullRequest must be a number',
    (typeof data.headSha === 'string' && /^[0-9a-f]{40,64}$/.test(data.headSha)) ||
      'headSha must be a commit SHA',
    (typeof data.key === 'string' && /^[\w ./:@+-]{1,200}$/.test(data.key)) ||
      'key has characters a key cannot have',
    isReport(data.report) || 'report is not a go-image-budget report',
    (typeof data.budget === 'object' && data.budget !== null) || 'budget is missing'
  ].filter((check): check is string => check !== true)
  if (problems.length > 0)
    throw new Error(`the comment bundle is not usable: ${problems.join('; ')}`)
  return data as CommentBundle
}

function isReport(value: unknown): value is Report {
  const report = value as Partial<Report> | undefined
  return (
    typeof report === 'object' &&
    report !== null &&
    report.schemaVersion === REPORT_SCHEMA_VERSION &&
    (report.kind === 'measured' || report.kind === 'build-failed') &&
    typeof report.dockerfile === 'string'
  )
}
