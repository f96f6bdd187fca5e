import { mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Report } from '../report/model.js'
import { reportProblems } from '../core/report-schema.js'

// What a pull-request run leaves behind for a later, trusted run to comment with. A pull request
// from a fork writes it, so a reader must trust nothing in it: the comment is rendered again from
// the report's data (every string escaped on the way), never taken as Markdown.

export const BUNDLE_FILE = 'go-image-budget-comment.json'
// 2: the report carries the alternative's budget verdict, so the bundle no longer carries limits.
const BUNDLE_VERSION = 2
const BUNDLE_FIELDS = new Set(['version', 'repository', 'pullRequest', 'headSha', 'key', 'report'])

export interface CommentBundle {
  version: typeof BUNDLE_VERSION
  repository: string
  pullRequest: number
  headSha: string
  key: string
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

/**
 * Validates untrusted bundle JSON, the whole of it, before anything in it is rendered: the header
 * here, the report against the published report schema. Pure.
 */
export function parseCommentBundle(text: string): CommentBundle {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new Error('the comment bundle is not valid JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('the comment bundle is not usable: it is not a JSON object')
  const bundle = data as Partial<Record<keyof CommentBundle, unknown>>
  const unknown = Object.keys(bundle).filter(field => !BUNDLE_FIELDS.has(field))
  const problems = [
    bundle.version === BUNDLE_VERSION ||
      `version must be ${BUNDLE_VERSION} (use the same version of go-image-budget in the pull-request workflow and the comment workflow)`,
    (typeof bundle.repository === 'string' && /^[\w.-]+\/[\w.-]+$/.test(bundle.repository)) ||
      'repository must be owner/name',
    (Number.isSafeInteger(bundle.pullRequest) && (bundle.pullRequest as number) > 0) ||
      'pullRequest must be a number',
    (typeof bundle.headSha === 'string' && /^[0-9a-f]{40,64}$/.test(bundle.headSha)) ||
      'headSha must be a commit SHA',
    (typeof bundle.key === 'string' && /^[\w ./:@+-]{1,200}$/.test(bundle.key)) ||
      'key has characters a key cannot have',
    unknown.length === 0 ||
      `it has fields a bundle does not: ${unknown
        .slice(0, 5)
        .map(field => JSON.stringify(field.slice(0, 100)))
        .join(', ')}`,
    ...(bundle.report === undefined ? ['report is missing'] : reportProblems(bundle.report))
  ].filter((check): check is string => check !== true)
  if (problems.length > 0)
    throw new Error(`the comment bundle is not usable: ${problems.join('; ')}`)
  return bundle as CommentBundle
}
