import { formatBytes, formatPercent, percentOf } from '../core/format.js'
import type { ImageMeasurement } from '../measure/types.js'
import { alignColumns } from './columns.js'
import {
  binaryParts,
  buildFacts,
  programBinaries,
  surfaceRows,
  type SurfaceValue
} from './inside.js'

const ITEMS_SHOWN = 4

/** What is inside, as the Markdown says it, in aligned plain text; no lines when nothing was read. */
export function insideLines(image: ImageMeasurement, alternative?: ImageMeasurement): string[] {
  const [largest, ...others] = programBinaries(image)
  const lines: string[] = []
  if (largest) {
    lines.push(
      `what is inside ${largest.path}: ${formatBytes(largest.bytes)}${largest.mainModule ? `, module ${largest.mainModule}` : ''}; ${buildFacts(largest).join(', ')}`
    )
    if (largest.strippable > 0) {
      lines.push(`  stripping (-ldflags="-s -w") would save ${formatBytes(largest.strippable)}`)
    }
    const rows = binaryParts(largest).map(part => [
      `  ${part.kind === 'section' ? `${part.name} (not code)` : part.name}${part.version ? ` ${part.version}` : ''}`,
      formatBytes(part.bytes),
      formatPercent(percentOf(part.bytes, largest.bytes))
    ])
    if (largest.modules.length > 0) lines.push(...alignColumns(rows, new Set([1, 2])))
  }
  for (const binary of others.slice(0, 5)) {
    lines.push(
      `  also ${binary.path}: ${formatBytes(binary.bytes)}${binary.goVersion ? ` (${binary.goVersion})` : ''}`
    )
  }
  const surface = surfaceRows(image, alternative)
  if (surface.length > 0) {
    const withAlternative = surface.some(row => row.alternative)
    const head = ['attack surface', 'current', ...(withAlternative ? ['scratch alternative'] : [])]
    const rows = surface.map(row => [
      `  ${row.label.toLowerCase()}`,
      text(row.current),
      ...(withAlternative ? [row.alternative ? text(row.alternative) : ''] : [])
    ])
    lines.push(...alignColumns([head, ...rows], new Set()))
  }
  return lines
}

function text(value: SurfaceValue): string {
  if ('text' in value) return value.text
  if ('count' in value) return String(value.count)
  if (value.items.length === 0) return 'none'
  const shown = value.items.slice(0, ITEMS_SHOWN)
  const more = value.items.length - shown.length
  return `${value.items.length} (${shown.join(', ')}${more > 0 ? `, +${more}` : ''})`
}
