import { formatBytes } from '../core/format.js'
import { alignColumns } from './columns.js'
import { inlineCode } from './escape.js'
import type { RegistryReport } from './model.js'
import { describeBudget, describeVerdict, verdictMark } from './wording.js'

// An image measured from a registry's manifests, one row per platform. Its sizes are the blobs'
// own, so exact; the uncompressed size is not known without pulling the layers.

const NOT_KNOWN = 'not known'

/** The job summary (and comment body) of a registry image. */
export function renderRegistryMarkdown(report: RegistryReport): string {
  const rows = report.platforms.map(
    platform =>
      `| ${inlineCode(platform.platform)} | ${NOT_KNOWN} | ${formatBytes(platform.compressedSize)} | ${platform.layers} | ${describeBudget(platform.budget)} | ${verdictMark(platform.budget)} ${describeVerdict(platform.budget)} |`
  )
  return [
    `### go-image-budget: ${inlineCode(report.reference)}`,
    '',
    '| Platform | Size | Compressed | Layers | Budget | Verdict |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows,
    '',
    `_Measured from the registry's manifests${report.digest ? ` (${inlineCode(report.digest)})` : ''}, without pulling a layer: compressed sizes are the stored blobs', the uncompressed size is not known._`,
    ''
  ].join('\n')
}

/** The same facts as aligned plain text. */
export function renderRegistryTerminal(report: RegistryReport): string {
  const rows = [
    ['platform', 'size', 'compressed', 'layers', 'budget', 'verdict'],
    ...report.platforms.map(platform => [
      platform.platform,
      NOT_KNOWN,
      formatBytes(platform.compressedSize),
      String(platform.layers),
      describeBudget(platform.budget),
      describeVerdict(platform.budget)
    ])
  ]
  return [
    `go-image-budget: ${report.reference}${report.digest ? ` (${report.digest})` : ''}`,
    '',
    ...alignColumns(rows, new Set([2, 3])),
    '',
    "measured from the registry's manifests: compressed sizes exact, uncompressed not known",
    ''
  ].join('\n')
}
