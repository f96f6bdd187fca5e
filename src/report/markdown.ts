import { checkBudget, warnings } from '../budget.js'
import { formatBytes, formatExactBytes } from '../size.js'
import { codeBlock, escapeInline, inlineCode } from './escape.js'
import { describeBaseline } from './delta.js'
import { imageDetails } from './markdown-image.js'
import type { AlternativeReport, FailedBuildReport, MeasuredReport, Report } from './model.js'
import type { Budget } from '../budget.js'
import { describeBudget, describeVerdict, STATUS_LABEL, STATUS_MARK } from './wording.js'

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536
// Room for the hidden marker line the comment module puts above the body.
const MARKER_ROOM = 300

/**
 * The report as GitHub Markdown: the PR comment body and the job summary share it. When it would
 * pass `maxLength`, the collapsed details shrink and then go, the verdict never.
 */
export function renderMarkdown(
  report: Report,
  budget: Budget,
  maxLength = COMMENT_LIMIT - MARKER_ROOM
): string {
  const title = `### go-image-budget: ${inlineCode(report.dockerfile)}${report.target ? ` (target ${inlineCode(report.target)})` : ''}`
  if (report.kind === 'build-failed') return `${title}\n\n${buildFailed(report)}\n`
  const essentials = [title, ...measured(report, budget)]
  const { image, alternative } = report
  // Each step gives up more detail than the one before; the first that fits wins.
  const detailSteps = [
    [generatedDockerfile(alternative), imageDetails(image)],
    [generatedDockerfile(alternative), imageDetails(image, { maxLayers: 20 })],
    [generatedDockerfile(alternative)],
    []
  ]
  for (const details of detailSteps) {
    const text = join([...essentials, ...details, details.length < 2 ? CUT_NOTE : ''])
    if (text.length <= maxLength) return text
  }
  return join([...essentials, CUT_NOTE]).slice(0, maxLength)
}

const CUT_NOTE =
  "_Details were cut to stay within GitHub's comment limit; the job summary and the JSON report have all of them._"

function join(parts: string[]): string {
  return `${parts.filter(part => part !== '').join('\n\n')}\n`
}

function buildFailed(report: FailedBuildReport): string {
  const { failure } = report
  const where = failure.line ? ` (${inlineCode(report.dockerfile)} line ${failure.line})` : ''
  return [
    `❌ **The image did not build.**${failure.step ? ` Failing step: ${inlineCode(failure.step)}${where}` : where}`,
    '',
    escapeInline(failure.reason, 500),
    '',
    codeBlock(failure.tail.join('\n'), 'text')
  ].join('\n')
}

function measured(report: MeasuredReport, budget: Budget): string[] {
  const { image, alternative } = report
  const verdictMark =
    report.budget.checks.length === 0
      ? 'ℹ️'
      : !report.budget.within
        ? '❌'
        : warnings(report.budget).length > 0
          ? '⚠️'
          : '✅'
  const rows = [
    '| Image | Size | Compressed | Layers | Budget | Verdict |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| Current | ${formatBytes(image.size)} | ${formatBytes(image.compressedSize)} | ${image.layers.length} | ${describeBudget(report.budget)} | ${verdictMark} ${describeVerdict(report.budget)} |`
  ]
  if (alternative.image) {
    const altVerdict = checkBudget(budget, {
      size: alternative.image.size,
      compressedSize: alternative.image.compressedSize,
      layers: alternative.image.layers.length
    })
    rows.push(
      `| Scratch alternative | ${formatBytes(alternative.image.size)} | ${formatBytes(alternative.image.compressedSize)} | ${alternative.image.layers.length} | ${describeBudget(altVerdict)} | ${STATUS_MARK[alternative.status]} ${STATUS_LABEL[alternative.status]} |`
    )
  }
  if (report.baseline?.status === 'measured') {
    const base = report.baseline
    rows.push(
      `| Base branch (${inlineCode(base.commit.slice(0, 7))}) | ${formatBytes(base.size)} | ${formatBytes(base.compressedSize)} | ${base.layers} | | |`
    )
  }
  const baseline = report.baseline
    ? `**${escapeInline(describeBaseline(report.baseline, image), 400)}**`
    : ''
  return [rows.join('\n'), baseline, savingsLine(report), alternativeSection(alternative)]
}

function savingsLine(report: MeasuredReport): string {
  const { savings, image } = report.alternative
  if (!savings || !image) return ''
  if (savings.bytes <= 0)
    return `The scratch alternative saves nothing (${formatBytes(image.size)}).`
  return `**Saving: ${formatBytes(savings.bytes)} (${savings.percent} %)**, ${formatExactBytes(report.image.size)} → ${formatExactBytes(image.size)}.`
}

function alternativeSection(alternative: AlternativeReport): string {
  const parts = [
    `**Scratch alternative:** ${STATUS_MARK[alternative.status]} ${STATUS_LABEL[alternative.status]}: ${escapeInline(alternative.summary, 500)}`
  ]
  if (alternative.blockers.length > 0) {
    parts.push(
      alternative.blockers.map(b => `- line ${b.line}: ${escapeInline(b.message)}`).join('\n')
    )
  }
  if (alternative.nearest)
    parts.push(`Nearest base that can run it: ${inlineCode(alternative.nearest)}.`)
  if (alternative.gaps?.length) {
    parts.push(
      `Already minimal; what is left:\n${alternative.gaps.map(gap => `- ${escapeInline(gap)}`).join('\n')}`
    )
  }
  if (alternative.details?.length) parts.push(codeBlock(alternative.details.join('\n'), 'text'))
  if (alternative.buildFailure) {
    const failure = alternative.buildFailure
    parts.push(
      `Failing step: ${inlineCode(failure.step ?? failure.reason)}\n\n${codeBlock(failure.tail.join('\n'), 'text')}`
    )
  }
  if (alternative.warnings.length > 0) {
    parts.push(
      alternative.warnings.map(w => `- ⚠️ line ${w.line}: ${escapeInline(w.message)}`).join('\n')
    )
  }
  return parts.join('\n\n')
}

function generatedDockerfile(alternative: AlternativeReport): string {
  if (!alternative.dockerfile) return ''
  const changes = alternative.changes.map(change => `- ${escapeInline(change)}`).join('\n')
  return [
    '<details><summary>Generated Dockerfile (FROM scratch), ready to copy</summary>',
    '',
    codeBlock(alternative.dockerfile, 'dockerfile'),
    '',
    changes ? `What it changed and why:\n\n${changes}` : '',
    '</details>'
  ].join('\n')
}
