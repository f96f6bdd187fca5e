import { headOf } from '../core/plain-text.js'

const MAX_LINES_PER_SIDE = 8

/**
 * The one stretch where ORIGINAL and ALTERNATIVE part ways, after dropping the lines they share
 * at the start and at the end: enough for a reader to see what changed without a full diff.
 */
export function changedLines(label: string, original: string, alternative: string): string {
  const before = original.split('\n')
  const after = alternative.split('\n')
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++
  const removed = before.slice(start, before.length - end)
  const added = after.slice(start, after.length - end)
  const lines = [
    `${label} differs from line ${start + 1} (- original, + alternative):`,
    ...side('-', removed),
    ...side('+', added)
  ]
  return headOf(lines.join('\n'))
}

function side(marker: '-' | '+', lines: string[]): string[] {
  const shown = lines
    .slice(0, MAX_LINES_PER_SIDE)
    .map(line => `${marker} ${line === '' ? '(empty line)' : line}`)
  if (lines.length > MAX_LINES_PER_SIDE)
    shown.push(`${marker} … (${lines.length - MAX_LINES_PER_SIDE} more lines)`)
  return shown.length > 0 ? shown : [`${marker} (nothing)`]
}
