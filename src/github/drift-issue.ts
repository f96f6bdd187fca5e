import { setTimeout as sleep } from 'node:timers/promises'
import { mergeHistory, parseHistoryBlock, type DriftEntry } from '../drift/history.js'
import { renderDriftAlert, renderDriftIssueBody } from '../drift/issue-body.js'
import {
  checkDrift,
  describeDrift,
  type DriftCheck,
  type DriftThreshold
} from '../drift/threshold.js'
import { previousRun } from '../drift/trend.js'
import type { Octokit } from './octokit.js'
import { markerFor, ownedByMarker } from './marked.js'
import { upsertStickyComment } from './sticky-comment.js'

export interface DriftIssueTarget {
  owner: string
  repo: string
  /** The label every drift issue carries (drift-label). */
  label: string
  /** The title of a new drift issue; an existing one keeps the title people gave it. */
  title: string
  /** The comment key: one drift issue per key. */
  key: string
  /** How many runs the history keeps (drift-history). */
  limit: number
  /**
   * How long to wait after writing before checking that no other run overwrote the history.
   * It must outlast the time another run takes from reading the issue to writing it.
   */
  settleMs?: number
}

export interface DriftAlert {
  commentUrl: string
  /** One plain line for the log, or for the failed step when fail-on-drift is set. */
  message: string
}

export interface DriftRecord {
  issueUrl: string
  issueNumber: number
  /** The history as stored once this run was in it, oldest first. */
  entries: DriftEntry[]
  /** This run against the one before it. */
  check: DriftCheck
  /** Set when the run grew past the threshold and the alert comment was added. */
  alert?: DriftAlert
  /** Why the stored history could not be read, when this run started a fresh one. */
  recovered?: string
}

// Attempts at writing the history before giving up to runs that keep overwriting it.
const MAX_ATTEMPTS = 5
const SETTLE_MS = 2000

/** The hidden first line that marks an issue as the drift issue of one key. */
export function driftMarkerFor(key: string): string {
  return markerFor(`drift/${key}`)
}

/**
 * Adds this run to the key's drift issue (opening it on the first run), and comments on the issue
 * when the image grew past the threshold since the previous run.
 */
export async function recordDriftRun(
  octokit: Octokit,
  target: DriftIssueTarget,
  entry: DriftEntry,
  threshold?: DriftThreshold
): Promise<DriftRecord> {
  const issue =
    (await findDriftIssue(octokit, target)) ?? (await openDriftIssue(octokit, target, entry))
  const { entries, recovered } = await writeUntilKept(octokit, target, issue.number, entry)
  const current = entries.find(kept => kept.runId === entry.runId) ?? entry
  const previous = previousRun(entries, entry.runId)
  const check = checkDrift(previous, current, threshold)
  const record: DriftRecord = {
    issueUrl: issue.html_url,
    issueNumber: issue.number,
    entries,
    check,
    ...(recovered !== undefined && { recovered })
  }
  if (!check.exceeded || !previous || !threshold) return record
  // Keyed by run, so a re-run of the run that grew updates its alert instead of adding another.
  const alert = await upsertStickyComment(
    octokit,
    {
      owner: target.owner,
      repo: target.repo,
      issueNumber: issue.number,
      key: `drift-alert/${target.key}/${entry.runId}`
    },
    renderDriftAlert({ key: target.key, previous, current, check, threshold })
  )
  const message = `Image size drift for ${target.key}: ${describeDrift(check, threshold, image => image)}. See ${alert.url}`
  return { ...record, alert: { commentUrl: alert.url, message } }
}

export interface DriftIssue {
  number: number
  html_url: string
}

/** Which drift issue to find: the repository, the label and the key are enough to read one. */
export type DriftIssueLookup = Pick<DriftIssueTarget, 'owner' | 'repo' | 'label' | 'key'>

/**
 * The history kept in the key's drift issue, for a run that only reads it (a pull request looking
 * for its base commit's measurement): empty when there is no issue or its history cannot be read.
 * Needs `issues: read`; the caller decides what a refusal means.
 */
export async function readDriftHistory(
  octokit: Octokit,
  lookup: DriftIssueLookup
): Promise<DriftEntry[]> {
  const issue = await findDriftIssue(octokit, lookup)
  if (!issue) return []
  const { body } = await readIssue(octokit, lookup, issue.number)
  const parsed = parseHistoryBlock(body)
  return 'entries' in parsed ? parsed.entries : []
}

/** The oldest open drift issue of this key, if any. */
export async function findDriftIssue(
  octokit: Octokit,
  target: DriftIssueLookup
): Promise<DriftIssue | undefined> {
  return (await listDriftIssues(octokit, target))[0]
}

/** Pages through the open issues with the label and keeps this key's, oldest first. */
async function listDriftIssues(octokit: Octokit, target: DriftIssueLookup): Promise<DriftIssue[]> {
  const marker = driftMarkerFor(target.key)
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: 'open',
    labels: target.label,
    per_page: 100
  })
  const plainIssues = issues
    .filter(issue => !issue.pull_request)
    .map(issue => ({
      ...issue,
      user: issue.user ?? null,
      author_association: issue.author_association ?? ''
    }))
  return ownedByMarker(plainIssues, marker)
}

/**
 * Opens the issue with this run as its history. Two first runs can both open one: each looks again
 * afterwards, the oldest stays, and the run that opened a newer one closes it and writes there.
 */
async function openDriftIssue(
  octokit: Octokit,
  target: DriftIssueTarget,
  entry: DriftEntry
): Promise<DriftIssue> {
  const { owner, repo, label, title } = target
  await octokit.rest.issues
    .createLabel({
      owner,
      repo,
      name: label,
      color: 'c5def5',
      description: 'Image size history kept by go-image-budget'
    })
    .catch((error: { status?: number }) => {
      if (error.status !== 422) throw error // 422: the label exists already
    })
  const body = issueBody(target, [entry])
  const { data } = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label] })
  const keeper = await findDriftIssue(octokit, target)
  if (!keeper || keeper.number === data.number)
    return { number: data.number, html_url: data.html_url }
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: data.number,
    state: 'closed',
    state_reason: 'not_planned',
    body: `Duplicate of #${keeper.number}: another run opened the drift issue at the same time.`
  })
  return keeper
}

/**
 * Read, merge, write, then read again after a pause: GitHub has no conditional update, so a run
 * that read before this one wrote can overwrite it. The run whose entry is gone merges again.
 * Entries are keyed by run, so merging twice never duplicates one.
 */
async function writeUntilKept(
  octokit: Octokit,
  target: DriftIssueTarget,
  issueNumber: number,
  entry: DriftEntry
): Promise<{ entries: DriftEntry[]; recovered?: string }> {
  const { owner, repo } = target
  const settleMs = target.settleMs ?? SETTLE_MS
  let recovered: string | undefined
  let stored = await readIssue(octokit, target, issueNumber)
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const parsed = parseHistoryBlock(stored.body)
    if ('error' in parsed) recovered ??= parsed.error
    const entries = mergeHistory('entries' in parsed ? parsed.entries : [], [entry], target.limit)
    // A run older than every run kept (a late retry) has no place in a full history.
    if (!entries.some(kept => kept.runId === entry.runId)) return { entries, recovered }
    const body = issueBody(target, entries, recovered)
    // Nothing to write: this run is stored as it is, and whoever read before it read it too.
    if (body === stored.body) return { entries, recovered }
    await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, body })
    await sleep(settleMs + Math.random() * settleMs)
    stored = await readIssue(octokit, target, issueNumber)
    const after = parseHistoryBlock(stored.body)
    if ('entries' in after && after.entries.some(kept => kept.runId === entry.runId)) {
      return { entries: after.entries, recovered }
    }
  }
  throw new Error(
    `Other runs kept overwriting the drift history of issue #${issueNumber} (${MAX_ATTEMPTS} attempts); ` +
      'this run is not recorded. Run fewer drift jobs with the same comment-key at once.'
  )
}

async function readIssue(
  octokit: Octokit,
  target: DriftIssueLookup,
  issueNumber: number
): Promise<{ body: string }> {
  const { data } = await octokit.rest.issues.get({
    owner: target.owner,
    repo: target.repo,
    issue_number: issueNumber
  })
  return { body: data.body ?? '' }
}

function issueBody(target: DriftIssueTarget, entries: DriftEntry[], recovered?: string): string {
  const content = { key: target.key, limit: target.limit, entries, recovered }
  return `${driftMarkerFor(target.key)}\n${renderDriftIssueBody(content)}`
}
