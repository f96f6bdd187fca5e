import { formatBytes, formatPercent, percentOf } from '../core/format.js'
import type { ImageMeasurement } from '../measure/types.js'
import { escapeInline, inlineCode } from './escape.js'
import {
  binaryParts,
  buildFacts,
  programBinaries,
  surfaceRows,
  type SurfaceValue
} from './inside.js'

const BAR_WIDTH = 20
const OTHER_BINARIES_SHOWN = 5
const ITEMS_SHOWN = 4

/**
 * What is inside, collapsed: the program's largest Go binary by module and section with a bar
 * for each part's share of the file, how it was built, the other binaries, and the attack
 * surface of the image beside the alternative's. Empty when neither was read.
 */
export function whatIsInside(image: ImageMeasurement, alternative?: ImageMeasurement): string {
  const binaries = programBinaries(image)
  const surface = surfaceTable(image, alternative)
  if (binaries.length === 0 && surface === '') return ''
  const [largest, ...others] = binaries
  const parts: string[] = []
  if (largest) {
    const facts = buildFacts(largest).map(fact => escapeInline(fact, 200))
    const strip =
      largest.strippable > 0
        ? ` Stripping (\`-ldflags="-s -w"\`) would save **${formatBytes(largest.strippable)}** (symbol table and DWARF).`
        : ''
    parts.push(
      `**${inlineCode(largest.path, 100)}**: ${formatBytes(largest.bytes)}${largest.mainModule ? `, module ${inlineCode(largest.mainModule, 100)}` : ''}; ${facts.join(', ')}.${strip}`
    )
    if (largest.modules.length > 0) parts.push(partsTable(largest))
  }
  if (others.length > 0) {
    const shown = others.slice(0, OTHER_BINARIES_SHOWN).map(binary => {
      const version = binary.goVersion ? ` (${escapeInline(binary.goVersion, 40)})` : ''
      return `${inlineCode(binary.path, 100)} ${formatBytes(binary.bytes)}${version}`
    })
    const more = others.length - shown.length
    parts.push(`Other Go binaries: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`)
  }
  if (surface) parts.push(surface)
  return ['<details><summary>What is inside</summary>', ...parts, '</details>'].join('\n\n')
}

function partsTable(binary: Parameters<typeof binaryParts>[0]): string {
  const rows = binaryParts(binary).map(part => {
    const share = percentOf(part.bytes, binary.bytes)
    const name =
      part.kind === 'module'
        ? `${inlineCode(part.name, 80)}${part.version ? ` ${escapeInline(part.version, 40)}` : ''}`
        : part.kind === 'section'
          ? `${inlineCode(part.name, 40)} (not code)`
          : escapeInline(part.name)
    return `| ${name} | ${formatBytes(part.bytes)} | ${bar(share)} ${formatPercent(share)} |`
  })
  return ['| Module or section | Size | Share of the file |', '| --- | ---: | --- |', ...rows].join(
    '\n'
  )
}

function bar(percent: number): string {
  const cells = Math.round((percent / 100) * BAR_WIDTH)
  return cells === 0 ? '▏' : '█'.repeat(cells)
}

function surfaceTable(image: ImageMeasurement, alternative?: ImageMeasurement): string {
  const rows = surfaceRows(image, alternative)
  if (rows.length === 0) return ''
  const withAlternative = rows.some(row => row.alternative)
  const head = withAlternative
    ? ['| Attack surface | Current | Scratch alternative |', '| --- | --- | --- |']
    : ['| Attack surface | Current |', '| --- | --- |']
  return [
    ...head,
    ...rows.map(row => {
      const cells = [row.label, cell(row.current)]
      if (withAlternative) cells.push(row.alternative ? cell(row.alternative) : '')
      return `| ${cells.join(' | ')} |`
    })
  ].join('\n')
}

function cell(value: SurfaceValue): string {
  if ('text' in value) return escapeInline(value.text, 60)
  if ('count' in value) return value.count.toLocaleString('en-US')
  if (value.items.length === 0) return 'none'
  const shown = value.items.slice(0, ITEMS_SHOWN).map(item => inlineCode(item, 60))
  const more = value.items.length - shown.length
  return `${value.items.length}: ${shown.join(', ')}${more > 0 ? `, +${more}` : ''}`
}
