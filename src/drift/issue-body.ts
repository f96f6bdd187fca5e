import { codeBlock, escapeInline, inlineCode } from '../report/escape.js'
import { COMMENT_LIMIT } from '../report/markdown.js'
import { formatBytes, formatChange, formatCountChange, formatDelta } from '../core/format.js'
import { renderHistoryBlock, type DriftEntry } from './history.js'
import {
  describeCauses,
  describeGrowthPastThreshold,
  type DriftCheck,
  type DriftThreshold
} from './threshold.js'
import {
  changedBases,
  describeOptionalChange,
  digestChanges,
  isHexCommit,
  optionalBytes,
  runDate,
  runMinute,
  shortCommit,
  shortDigest
} from './trend.js'

export interface DriftIssueContent {
  /** The comment key the issue belongs to. */
  key: string
  /** How many runs the history keeps (drift-history). */
  limit: number
  /** The runs kept, oldest first. */
  entries: DriftEntry[]
  /** Why the stored history could not be read, when this run started a fresh one. */
  recovered?: string
}

// GitHub refuses an issue body past the same length as a comment; leave room for the marker line.
const BODY_LIMIT = COMMENT_LIMIT - 300
const TABLE_ROWS = 20

/**
 * The drift issue body: latest figures against the previous and the first run kept, a size chart,
 * base digest changes, the last runs, and the history block at the end. When it would pass
 * `maxLength`, the oldest runs are dropped from the body and the history alike.
 */
export function renderDriftIssueBody(content: DriftIssueContent, maxLength = BODY_LIMIT): string {
  let text = ''
  for (let kept = content.entries.length; kept >= 1; kept--) {
    text = render({ ...content, entries: content.entries.slice(-kept) })
    if (text.length <= maxLength) return text
  }
  return text
}

function render({ key, limit, entries, recovered }: DriftIssueContent): string {
  const parts = [
    `### Image size drift: ${inlineCode(key)}`,
    `go-image-budget records the image on each run; ${entries.length} ${entries.length === 1 ? 'run' : 'runs'} kept (up to ${limit}).`,
    recovered ? recoveredNote(recovered) : '',
    figures(entries),
    '#### Size over time',
    chart(entries),
    '#### Base image digests',
    digestLines(entries),
    `#### Last runs`,
    lastRuns(entries),
    renderHistoryBlock(entries)
  ]
  return `${parts.filter(part => part !== '').join('\n\n')}\n`
}

function recoveredNote(reason: string): string {
  return [
    '> [!WARNING]',
    `> The stored history could not be read (${escapeInline(reason)}), so a fresh one starts with this run.`,
    "> The previous text is in this issue's edit history."
  ].join('\n')
}

function figures(entries: DriftEntry[]): string {
  const latest = entries[entries.length - 1]
  if (!latest) return '_No runs recorded yet._'
  const rows = [
    '| | Size | Compressed | Layers | Scratch alternative |',
    '| --- | --: | --: | --: | --: |',
    `| **Latest run** (${runMinute(latest.time)}, ${commitCell(latest.commit)}) | **${formatBytes(latest.size)}** | ${formatBytes(latest.compressedSize)} | ${latest.layers} | ${optionalBytes(latest.alternativeSize)} |`
  ]
  const previous = entries[entries.length - 2]
  const first = entries[0] as DriftEntry
  if (previous)
    rows.push(comparisonRow(`Since the previous run (${runDate(previous.time)})`, previous, latest))
  if (entries.length > 2)
    rows.push(comparisonRow(`Since the first run kept (${runDate(first.time)})`, first, latest))
  return rows.join('\n')
}

function comparisonRow(label: string, from: DriftEntry, to: DriftEntry): string {
  const cells = [
    label,
    formatChange(from.size, to.size),
    formatChange(from.compressedSize, to.compressedSize),
    formatCountChange(from.layers, to.layers),
    describeOptionalChange(from.alternativeSize, to.alternativeSize)
  ]
  return `| ${cells.join(' | ')} |`
}

/**
 * A Mermaid xychart of size over time, which GitHub draws. Every label and value is made here from
 * numbers and dates, so nothing from outside reaches the chart source.
 */
export function chart(entries: DriftEntry[]): string {
  if (entries.length < 2) return '_The chart appears after the second run._'
  const largest = Math.max(...entries.map(entry => entry.size))
  const [unit, scale] = chartUnit(largest)
  const seen = new Map<string, number>()
  // Mermaid merges equal categories, so a second run on one day gets its own label.
  const labels = entries.map(entry => {
    const day = runDate(entry.time).slice(5)
    const count = (seen.get(day) ?? 0) + 1
    seen.set(day, count)
    return JSON.stringify(count === 1 ? day : `${day} #${count}`)
  })
  const values = entries.map(entry => Math.round((entry.size / scale) * 100) / 100)
  return codeBlock(
    [
      'xychart-beta',
      `  title "Image size (${unit})"`,
      `  x-axis [${labels.join(', ')}]`,
      `  y-axis "${unit}"`,
      `  line [${values.join(', ')}]`
    ].join('\n'),
    'mermaid'
  )
}

function chartUnit(largest: number): [string, number] {
  if (largest >= 1e9) return ['GB', 1e9]
  if (largest >= 1e6) return ['MB', 1e6]
  if (largest >= 1e3) return ['kB', 1e3]
  return ['B', 1]
}

function digestLines(entries: DriftEntry[]): string {
  const changes = digestChanges(entries)
  if (changes.length === 0) return '_No base image changed digest in the runs kept._'
  return changes
    .map(
      change =>
        `- ${inlineCode(change.image)} changed digest on ${runDate(change.time)}: ${formatDelta(change.delta)} ` +
        `(${inlineCode(shortDigest(change.from))} → ${inlineCode(shortDigest(change.to))})`
    )
    .join('\n')
}

function lastRuns(entries: DriftEntry[]): string {
  const shown = entries.slice(-TABLE_ROWS).reverse()
  const rows = [
    '| Run (UTC) | Commit | Size | Change | Compressed | Layers | Alternative | Base digest changed |',
    '| --- | --- | --: | --: | --: | --: | --: | --- |'
  ]
  for (const entry of shown) {
    const index = entries.indexOf(entry)
    const previous = entries[index - 1]
    const changed = previous
      ? changedBases(previous, entry).map(change => inlineCode(change.image))
      : []
    rows.push(
      `| ${runMinute(entry.time)} | ${commitCell(entry.commit)} | ${formatBytes(entry.size)} | ${previous ? formatChange(previous.size, entry.size) : '—'} | ${formatBytes(entry.compressedSize)} | ${entry.layers} | ${optionalBytes(entry.alternativeSize)} | ${changed.join(', ') || '—'} |`
    )
  }
  const caption =
    entries.length > TABLE_ROWS
      ? `_The last ${TABLE_ROWS} of ${entries.length} runs kept, newest first._`
      : '_Newest first._'
  return `${rows.join('\n')}\n\n${caption}`
}

/** A hex SHA stays plain so GitHub links it to the commit; anything else is shown as code. */
function commitCell(commit: string): string {
  return isHexCommit(commit) ? shortCommit(commit) : inlineCode(commit)
}

export interface DriftAlertContent {
  key: string
  previous: DriftEntry
  current: DriftEntry
  check: DriftCheck
  threshold: DriftThreshold
}

/** The comment added to the drift issue when one run grows past the threshold. */
export function renderDriftAlert({
  key,
  previous,
  current,
  check,
  threshold
}: DriftAlertContent): string {
  const lines = [
    `### ⚠️ Image size drift: ${inlineCode(key)}`,
    '',
    `${capitalize(describeGrowthPastThreshold(check, threshold))}.`,
    '',
    '| | Previous run | This run |',
    '| --- | --: | --: |',
    `| Run (UTC) | ${runMinute(previous.time)} | ${runMinute(current.time)} |`,
    `| Commit | ${commitCell(previous.commit)} | ${commitCell(current.commit)} |`,
    `| Size | ${formatBytes(previous.size)} | **${formatBytes(current.size)}** |`,
    `| Compressed | ${formatBytes(previous.compressedSize)} | ${formatBytes(current.compressedSize)} |`,
    `| Own layers | ${optionalBytes(previous.ownSize)} | ${optionalBytes(current.ownSize)} |`,
    '',
    `What changed: ${describeCauses(check, inlineCode)}.`
  ]
  for (const change of check.changedBases) {
    lines.push(
      `- ${inlineCode(change.image)}: ${inlineCode(shortDigest(change.from))} → ${inlineCode(shortDigest(change.to))}`
    )
  }
  return `${lines.join('\n')}\n`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
