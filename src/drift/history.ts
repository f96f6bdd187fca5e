// The drift history: one entry per scheduled run, kept as versioned JSON in a hidden block at the
// end of the drift issue (or in a file, for the CLI). Anyone who can edit the issue can edit the
// block, so everything read back is checked before it is trusted.

import type { BaseDigest } from '../report/model.js'

/** What one run measured. */
export interface DriftEntry {
  /** Names the run (e.g. the workflow run ID): merging the same run twice keeps one entry. */
  runId: string
  /** When the run measured, ISO 8601. */
  time: string
  commit: string
  size: number
  compressedSize: number
  layers: number
  /** Size of the scratch alternative, when one was built. */
  alternativeSize?: number
  /** Every `FROM` image of the Dockerfile, builder stages included. */
  bases: BaseDigest[]
  /** Bytes of the layers the Dockerfile adds on top of its final base image. */
  ownSize?: number
  /**
   * The build key of the run (see core/build-key.ts), so a pull request whose base is `commit`
   * can take this entry instead of building it. Absent in entries written before it was kept.
   */
  buildKey?: string
}

export type ParsedHistory = { entries: DriftEntry[] } | { error: string }

export const HISTORY_VERSION = 1

const BLOCK_HEADER = '<!-- go-image-budget-history'
const BLOCK = /<!-- go-image-budget-history v(\d+)\r?\n([\s\S]*?)\r?\n-->/g

/** The history as a JSON document, one entry per line so a hand edit or a diff stays readable. */
export function renderHistoryJson(entries: DriftEntry[]): string {
  const lines = entries.map(entry => JSON.stringify(ordered(entry)))
  const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`
  return `{"version":${HISTORY_VERSION},"entries":${list}}`
}

/** Reads a document written by renderHistoryJson, refusing anything that is not exactly that shape. */
export function parseHistoryJson(text: string): ParsedHistory {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    return { error: `the history is not valid JSON (${(error as Error).message})` }
  }
  if (!isRecord(document) || !Array.isArray(document.entries)) {
    return { error: 'the history is not an object with an "entries" list' }
  }
  if (document.version !== HISTORY_VERSION) {
    return {
      error: `the history has version ${JSON.stringify(document.version)}; this version reads ${HISTORY_VERSION}`
    }
  }
  const entries: DriftEntry[] = []
  for (const [index, value] of document.entries.entries()) {
    const entry = readEntry(value)
    if (typeof entry === 'string') return { error: `history entry ${index + 1}: ${entry}` }
    entries.push(entry)
  }
  return { entries: mergeHistory(entries, [], entries.length) }
}

/**
 * The history as a hidden HTML comment. An HTML comment ends at the first `-->` (or `--!>`), so
 * every `<`, `>` and `--` in the JSON is written as a JSON escape, which reads back the same.
 */
export function renderHistoryBlock(entries: DriftEntry[]): string {
  const json = renderHistoryJson(entries)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d')
  return `${BLOCK_HEADER} v${HISTORY_VERSION}\n${json}\n-->`
}

/** Finds the history block in an issue body (the last one, if a hand edit left two) and reads it. */
export function parseHistoryBlock(body: string): ParsedHistory {
  const blocks = [...body.matchAll(BLOCK)]
  const block = blocks[blocks.length - 1]
  if (!block) {
    return {
      error: body.includes(BLOCK_HEADER)
        ? 'the history block is not closed with --> on its own line'
        : 'there is no history block'
    }
  }
  if (Number(block[1]) !== HISTORY_VERSION) {
    return {
      error: `the history block has version ${block[1]}; this version reads v${HISTORY_VERSION}`
    }
  }
  return parseHistoryJson(block[2] as string)
}

/**
 * Both histories in time order, one entry per run (on a clash, b's entry wins), the newest `limit`
 * kept. Merging a history with itself, or the same run twice, changes nothing.
 */
export function mergeHistory(a: DriftEntry[], b: DriftEntry[], limit: number): DriftEntry[] {
  const byRun = new Map<string, DriftEntry>()
  for (const entry of [...a, ...b]) byRun.set(entry.runId, entry)
  const sorted = [...byRun.values()].sort(
    (x, y) =>
      Date.parse(x.time) - Date.parse(y.time) ||
      (x.runId < y.runId ? -1 : x.runId > y.runId ? 1 : 0)
  )
  return sorted.slice(-Math.max(1, limit))
}

function readEntry(value: unknown): DriftEntry | string {
  if (!isRecord(value)) return 'not an object'
  const {
    runId,
    time,
    commit,
    size,
    compressedSize,
    layers,
    alternativeSize,
    bases,
    ownSize,
    buildKey
  } = value
  if (typeof runId !== 'string' || runId === '') return 'runId is not a non-empty string'
  if (typeof time !== 'string' || Number.isNaN(Date.parse(time)))
    return 'time is not an ISO 8601 date'
  if (typeof commit !== 'string') return 'commit is not a string'
  const counts = { size, compressedSize, layers, alternativeSize, ownSize }
  for (const [name, count] of Object.entries(counts)) {
    const optional = name === 'alternativeSize' || name === 'ownSize'
    if (!(optional && count === undefined) && !isCount(count))
      return `${name} is not a whole number of 0 or more`
  }
  if (!Array.isArray(bases) || !bases.every(isBaseDigest)) {
    return 'bases is not a list of { "image": string, "digest": string }'
  }
  if (buildKey !== undefined && typeof buildKey !== 'string') return 'buildKey is not a string'
  return ordered({
    runId,
    time,
    commit,
    size: size as number,
    compressedSize: compressedSize as number,
    layers: layers as number,
    alternativeSize: alternativeSize as number | undefined,
    bases,
    ownSize: ownSize as number | undefined,
    buildKey
  })
}

/** The entry with its fields in one order and nothing else, so equal entries serialise equally. */
function ordered(entry: DriftEntry): DriftEntry {
  const {
    runId,
    time,
    commit,
    size,
    compressedSize,
    layers,
    alternativeSize,
    bases,
    ownSize,
    buildKey
  } = entry
  return {
    runId,
    time,
    commit,
    size,
    compressedSize,
    layers,
    ...(alternativeSize !== undefined && { alternativeSize }),
    bases: bases.map(({ image, digest }) => ({ image, digest })),
    ...(ownSize !== undefined && { ownSize }),
    ...(buildKey !== undefined && { buildKey })
  }
}

/**
 * The newest entry that measured `commit` with the same build key: the same build, already
 * measured. Entries without a build key were written before it was kept and never match.
 */
export function recordedEntryOf(
  entries: DriftEntry[],
  commit: string,
  buildKey: string
): DriftEntry | undefined {
  return entries.findLast(entry => entry.commit === commit && entry.buildKey === buildKey)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function isBaseDigest(value: unknown): value is BaseDigest {
  return isRecord(value) && typeof value.image === 'string' && typeof value.digest === 'string'
}
