import { formatBytes, formatExactBytes, formatPercent, percentOf } from '../core/format.js'
import { describeBaseline, describeBaselineSource } from './delta.js'
import { alignColumns } from './columns.js'
import { insideLines } from './terminal-inside.js'
import type { MeasuredReport, Report } from './model.js'
import {
  describeBudget,
  describeGivenImage,
  describeNeedsEvidence,
  describeVerdict,
  STATUS_LABEL
} from './wording.js'

/** The report for a terminal: the same facts as the Markdown, as aligned plain text. */
export function renderTerminal(report: Report): string {
  const heading = `go-image-budget: ${report.dockerfile}${report.target ? ` (target ${report.target})` : ''}`
  if (report.kind === 'build-failed') {
    const { failure } = report
    return [
      heading,
      '',
      `The image did not build${failure.step ? ` at ${failure.step}` : ''}${failure.line ? ` (line ${failure.line})` : ''}:`,
      `  ${failure.reason}`,
      '',
      ...failure.tail.map(line => `  | ${line}`),
      ''
    ].join('\n')
  }
  const inside = insideLines(report.image, report.alternative.image)
  return [
    heading,
    '',
    table(report),
    '',
    ...alternativeLines(report),
    ...(inside.length > 0 ? ['', ...inside] : []),
    ''
  ].join('\n')
}

function table(report: MeasuredReport): string {
  const rows = [
    ['image', 'size', 'compressed', 'layers', 'budget', 'verdict'],
    [
      'current',
      formatBytes(report.image.size),
      formatBytes(report.image.compressedSize),
      String(report.image.layers.length),
      describeBudget(report.budget),
      describeVerdict(report.budget)
    ]
  ]
  const { alternative } = report
  if (alternative.image) {
    rows.push([
      'scratch alternative',
      formatBytes(alternative.image.size),
      formatBytes(alternative.image.compressedSize),
      String(alternative.image.layers.length),
      alternative.budget ? describeBudget(alternative.budget) : '',
      STATUS_LABEL[alternative.status]
    ])
  }
  return alignColumns(rows, new Set([1, 2, 3])).join('\n')
}

function alternativeLines(report: MeasuredReport): string[] {
  const { alternative, image } = report
  const lines = [`scratch alternative: ${STATUS_LABEL[alternative.status]}: ${alternative.summary}`]
  if (report.baseline) {
    const source = describeBaselineSource(report.baseline)
    lines.unshift(
      ...[describeBaseline(report.baseline, image), source ? `baseline ${source}` : ''].filter(
        line => line !== ''
      )
    )
  }
  if (report.givenImage) lines.unshift(describeGivenImage(report.givenImage))
  if (alternative.savings && alternative.image && alternative.savings.bytes > 0) {
    lines.push(
      `saving: ${formatBytes(alternative.savings.bytes)} (${formatPercent(alternative.savings.percent)}), ${formatExactBytes(image.size)} -> ${formatExactBytes(alternative.image.size)}`
    )
  }
  if (image.base) {
    lines.push(
      `base ${image.base.image}: ${formatBytes(image.base.size)} (${formatPercent(percentOf(image.base.size, image.size))}), your layers: ${formatBytes(image.size - image.base.size)}`
    )
  }
  for (const blocker of alternative.blockers)
    lines.push(`  blocker, line ${blocker.line}: ${blocker.message}`)
  if (alternative.nearest) lines.push(`  nearest base that can run it: ${alternative.nearest}`)
  for (const gap of alternative.gaps ?? []) lines.push(`  left to gain: ${gap}`)
  for (const warning of alternative.warnings)
    lines.push(`  warning, line ${warning.line}: ${warning.message}`)
  for (const detail of alternative.details ?? []) lines.push(`  | ${detail}`)
  if (alternative.dockerfile) {
    const evidence = describeNeedsEvidence(alternative.runtimeNeedsFrom)
    lines.push('', 'changes:', ...alternative.changes.map(change => `  - ${change}`))
    if (evidence) lines.push(`  - ${evidence}`)
    lines.push(
      '',
      'generated Dockerfile:',
      ...alternative.dockerfile
        .trimEnd()
        .split('\n')
        .map(line => `  ${line}`)
    )
  }
  return lines
}
