import {
  formatBytes,
  formatChange,
  formatCountChange,
  formatDelta,
  formatGrowthLimit
} from '../core/format.js'
import { plainText } from '../core/plain-text.js'
import { alignColumns } from '../report/columns.js'
import type { DriftEntry } from './history.js'
import { checkDrift, describeDrift, type DriftThreshold } from './threshold.js'
import {
  changedBases,
  describeOptionalChange,
  digestChanges,
  optionalBytes,
  runDate,
  runMinute,
  shortCommit,
  shortDigest
} from './trend.js'

export interface DriftTerminalOptions {
  /** When given, the last run is checked against it and the verdict closes the report. */
  threshold?: DriftThreshold
  /** Runs listed in the table, newest first. */
  rows?: number
}

const SPARKS = '▁▂▃▄▅▆▇█'
const SPARK_WIDTH = 60

/** The drift report for a terminal: the facts of the issue body, as aligned plain text. */
export function renderDriftTerminal(
  entries: DriftEntry[],
  options: DriftTerminalOptions = {}
): string {
  const latest = entries[entries.length - 1]
  if (!latest) return 'go-image-budget drift: no runs recorded yet.\n'
  const first = entries[0] as DriftEntry
  const previous = entries[entries.length - 2]
  const span =
    entries.length === 1
      ? runDate(latest.time)
      : `${runDate(first.time)} to ${runDate(latest.time)}`
  const lines = [
    `go-image-budget drift: ${entries.length} ${entries.length === 1 ? 'run' : 'runs'}, ${span} (UTC)`,
    ''
  ]
  lines.push(...figures(entries), '')
  if (entries.length > 1) lines.push(sparkline(entries), '')
  lines.push(...digestLines(entries), '')
  lines.push(...lastRuns(entries, options.rows ?? 10), '')
  if (options.threshold && previous) {
    const check = checkDrift(previous, latest, options.threshold)
    lines.push(
      check.exceeded
        ? `DRIFT: ${describeDrift(check, options.threshold, plain)}.`
        : `No drift: ${formatDelta(check.delta)} since the previous run is within the threshold of ${formatGrowthLimit(options.threshold)}.`,
      ''
    )
  }
  return lines.join('\n')
}

function figures(entries: DriftEntry[]): string[] {
  const latest = entries[entries.length - 1] as DriftEntry
  const rows = [
    ['', 'size', 'compressed', 'layers', 'alternative'],
    [
      'latest run',
      formatBytes(latest.size),
      formatBytes(latest.compressedSize),
      String(latest.layers),
      optionalBytes(latest.alternativeSize)
    ]
  ]
  const comparisons: [string, DriftEntry | undefined][] = [
    ['since the previous run', entries[entries.length - 2]],
    ['since the first run kept', entries.length > 2 ? entries[0] : undefined]
  ]
  for (const [label, from] of comparisons) {
    if (!from) continue
    rows.push([
      label,
      formatChange(from.size, latest.size),
      formatChange(from.compressedSize, latest.compressedSize),
      formatCountChange(from.layers, latest.layers),
      describeOptionalChange(from.alternativeSize, latest.alternativeSize)
    ])
  }
  return alignColumns(rows, new Set([1, 2, 3, 4]))
}

/** Size over time in one line of block characters, scaled from the smallest run to the largest. */
function sparkline(entries: DriftEntry[]): string {
  const sizes = entries.slice(-SPARK_WIDTH).map(entry => entry.size)
  const low = Math.min(...sizes)
  const high = Math.max(...sizes)
  const spark = sizes
    .map(
      size =>
        SPARKS[high === low ? 3 : Math.round(((size - low) / (high - low)) * (SPARKS.length - 1))]
    )
    .join('')
  return `size ${spark}  ${formatBytes(low)} … ${formatBytes(high)}`
}

function digestLines(entries: DriftEntry[]): string[] {
  const changes = digestChanges(entries)
  if (changes.length === 0) return ['No base image changed digest in the runs kept.']
  return [
    'Base image digest changes:',
    ...changes.map(
      change =>
        `  ${plain(change.image)} changed digest on ${runDate(change.time)}: ${formatDelta(change.delta)} ` +
        `(${shortDigest(plain(change.from))} → ${shortDigest(plain(change.to))})`
    )
  ]
}

function lastRuns(entries: DriftEntry[], count: number): string[] {
  const rows = [
    ['run (UTC)', 'commit', 'size', 'change', 'layers', 'alternative', 'base digest changed']
  ]
  entries.forEach((entry, index) => {
    const previous = entries[index - 1]
    rows.push([
      runMinute(entry.time),
      plain(shortCommit(entry.commit)),
      formatBytes(entry.size),
      previous ? formatDelta(entry.size - previous.size) : '—',
      String(entry.layers),
      optionalBytes(entry.alternativeSize),
      previous
        ? changedBases(previous, entry)
            .map(change => plain(change.image))
            .join(', ') || '—'
        : '—'
    ])
  })
  const shown = [rows[0] as string[], ...rows.slice(1).slice(-count).reverse()]
  return [
    `Last runs, newest first:`,
    ...alignColumns(shown, new Set([2, 3, 4, 5])).map(line => `  ${line}`)
  ]
}

/** Text from a Dockerfile or a hand-edited history, on one line and without terminal escapes. */
function plain(text: string): string {
  return plainText(text).replace(/\s+/g, ' ')
}
