import { warnings, type BudgetVerdict } from '../core/budget.js'
import { formatBytes, formatDelta, formatExactBytes, formatPercent } from '../core/format.js'
import { codeBlock, escapeInline, inlineCode } from './escape.js'
import { describeBaseline, describeBaselineSource } from './delta.js'
import { imageDetails } from './markdown-image.js'
import { whatIsInside } from './markdown-inside.js'
import type { AlternativeReport, FailedBuildReport, MeasuredReport, Report } from './model.js'
import {
  describeBudget,
  describeGivenImage,
  describeNeedsEvidence,
  describeVerdict,
  STATUS_LABEL,
  STATUS_MARK
} from './wording.js'

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536
// Room for the hidden marker line the comment module puts above the body.
const MARKER_ROOM = 300

/**
 * The report as GitHub Markdown: the PR comment body and the job summary share it. When it would
 * pass `maxLength`, the collapsed details shrink and then go, the verdict never.
 */
export function renderMarkdown(report: Report, maxLength = COMMENT_LIMIT - MARKER_ROOM): string {
  const title = `### go-image-budget: ${inlineCode(report.dockerfile)}${targetNote(report)}`
  if (report.kind === 'build-failed') return `${title}\n\n${buildFailed(report)}\n`
  const essentials = [title, ...measured(report)]
  // The first step of details that fits wins.
  for (const { details, cut } of detailSteps(report)) {
    const text = join([...essentials, ...details, cut ? CUT_NOTE : ''])
    if (text.length <= maxLength) return text
  }
  return join([...essentials, CUT_NOTE]).slice(0, maxLength)
}

/**
 * Several images in one body: a verdict row per image, then each image's details collapsed. Past
 * `maxLength`, the image whose details are longest gives up one step of them at a time (as
 * `renderMarkdown` does, and at last all of them) until the body fits; the table never.
 */
export function renderManyMarkdown(
  reports: Report[],
  maxLength = COMMENT_LIMIT - MARKER_ROOM
): string {
  const [only] = reports
  if (only && reports.length === 1) return renderMarkdown(only, maxLength)
  const head = [
    `### go-image-budget: ${reports.length} images${only ? targetNote(only) : ''}`,
    verdictTable(reports),
    tally(reports)
  ]
  const sections = reports.map(report => sectionSteps(report))
  const chosen = sections.map(() => 0)
  const parts = (): string[] => {
    const shown = sections.map((steps, i) => steps[chosen[i]!]!)
    return [...head, ...shown.map(step => step.text), shown.some(step => step.cut) ? CUT_NOTE : '']
  }
  // Lengths, not texts, while choosing: a step per image, and there may be hundreds of images.
  while (joinedLength(parts()) > maxLength) {
    const longest = longestShortenable(sections, chosen)
    if (longest === undefined) return join(parts()).slice(0, maxLength)
    chosen[longest] = chosen[longest]! + 1
  }
  return join(parts())
}

/** The image whose shown details are longest and can still give some up. */
function longestShortenable(sections: SectionStep[][], chosen: number[]): number | undefined {
  let longest: number | undefined
  sections.forEach((steps, i) => {
    const step = chosen[i]!
    if (step >= steps.length - 1) return
    if (
      longest === undefined ||
      steps[step]!.text.length >= sections[longest]![chosen[longest]!]!.text.length
    )
      longest = i
  })
  return longest
}

/** One image's collapsed section at one step of shortening; `cut` when it lost what a reader may miss. */
interface SectionStep {
  text: string
  cut: boolean
}

function sectionSteps(report: Report): SectionStep[] {
  const section = (parts: string[]): string =>
    [`<details><summary>${sectionSummary(report)}</summary>`, ...parts, '</details>']
      .filter(part => part !== '')
      .join('\n\n')
  const dropped = { text: '', cut: true }
  if (report.kind === 'build-failed') {
    return [
      { text: section([buildFailed(report)]), cut: false },
      { text: section([failureHeadline(report)]), cut: true },
      dropped
    ]
  }
  const essentials = measured(report)
  return [
    ...detailSteps(report).map(({ details, cut }) => ({
      text: section([...essentials, ...details]),
      cut
    })),
    dropped
  ]
}

/**
 * What an image's details give up, a step at a time: first the long layer table, then where the
 * bytes are, then what is inside, then the rest; `cut` once a reader may miss something.
 */
function detailSteps(report: MeasuredReport): { details: string[]; cut: boolean }[] {
  const { image, alternative } = report
  const dockerfile = generatedDockerfile(alternative)
  const inside = whatIsInside(image, alternative.image)
  return [
    { details: [dockerfile, imageDetails(image), inside], cut: false },
    { details: [dockerfile, imageDetails(image, { maxLayers: 20 }), inside], cut: false },
    { details: [dockerfile, inside], cut: true },
    { details: [dockerfile], cut: true },
    { details: [], cut: true }
  ]
}

function targetNote(report: Report): string {
  return report.target ? ` (target ${inlineCode(report.target)})` : ''
}

function verdictTable(reports: Report[]): string {
  const rows = reports.map(report => {
    const file = inlineCode(report.dockerfile)
    if (report.kind === 'build-failed') return `| ${file} | | | | | ❌ did not build | |`
    const { image, alternative } = report
    const altImage = alternative.image
    const saved =
      altImage && alternative.savings
        ? `, ${formatBytes(altImage.size)} (saves ${formatPercent(alternative.savings.percent)})`
        : ''
    return `| ${file} | ${formatBytes(image.size)}${growth(report)} | ${formatBytes(image.compressedSize)} | ${image.layers.length} | ${describeBudget(report.budget)} | ${verdictMark(report.budget)} ${verdictText(report.budget)} | ${STATUS_MARK[alternative.status]} ${STATUS_LABEL[alternative.status]}${saved} |`
  })
  return [
    '| Dockerfile | Size | Compressed | Layers | Budget | Verdict | Scratch alternative |',
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/** ` (+3 MB)` against the base branch, so a reviewer sees which image grew without opening it. */
function growth(report: MeasuredReport): string {
  const base = report.baseline
  if (base?.status !== 'measured' || base.size === report.image.size) return ''
  return ` (${formatDelta(report.image.size - base.size)})`
}

function tally(reports: Report[]): string {
  const failed = reports.filter(report => report.kind === 'build-failed').length
  const over = reports.filter(report => report.kind === 'measured' && !report.budget.within).length
  const unchecked = reports.filter(
    report => report.kind === 'measured' && report.budget.unchecked.length > 0
  ).length
  const counts = [
    over > 0 ? `${over} over budget` : '',
    unchecked > 0 ? `${unchecked} with a limit not checked` : '',
    failed > 0 ? `${failed} did not build` : ''
  ].filter(count => count !== '')
  return counts.length === 0
    ? `All ${reports.length} images built${reports.some(r => r.kind === 'measured' && r.budget.checks.length > 0) ? ' and are within budget' : ''}.`
    : `**${counts.join(', ')}** of ${reports.length} images.`
}

/** The always-visible line of an image's details. HTML, not Markdown: GitHub renders no Markdown there. */
function sectionSummary(report: Report): string {
  const file = `<code>${htmlText(report.dockerfile)}</code>`
  if (report.kind === 'build-failed') return `❌ ${file}: did not build`
  return `${verdictMark(report.budget)} ${file}: ${htmlText(describeVerdict(report.budget))}`
}

// Mentions and references are not linked inside <code>; the entities keep the text from being HTML.
function htmlText(text: string, maxLength = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
  return cut.replace(/[&<>"'@]/g, char => `&#${char.charCodeAt(0)};`)
}

const CUT_NOTE =
  "_Details were cut to stay within GitHub's comment limit; the job summary and the JSON report have all of them._"

function join(parts: string[]): string {
  return `${parts.filter(part => part !== '').join('\n\n')}\n`
}

/** `join(parts).length`, without building the text. */
function joinedLength(parts: string[]): number {
  const shown = parts.filter(part => part !== '')
  return shown.reduce((sum, part) => sum + part.length, 0) + 2 * Math.max(0, shown.length - 1) + 1
}

function buildFailed(report: FailedBuildReport): string {
  const { tail } = report.failure
  if (tail.length === 0) return failureHeadline(report)
  return [failureHeadline(report), '', codeBlock(tail.join('\n'), 'text')].join('\n')
}

/** The failing step and the reason, without the log tail. */
function failureHeadline(report: FailedBuildReport): string {
  const { failure } = report
  const where = failure.line ? ` (${inlineCode(report.dockerfile)} line ${failure.line})` : ''
  return [
    `❌ **The image did not build.**${failure.step ? ` Failing step: ${inlineCode(failure.step)}${where}` : where}`,
    '',
    escapeInline(failure.reason, 500)
  ].join('\n')
}

function measured(report: MeasuredReport): string[] {
  const { image, alternative } = report
  const rows = [
    '| Image | Size | Compressed | Layers | Budget | Verdict |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| Current | ${formatBytes(image.size)} | ${formatBytes(image.compressedSize)} | ${image.layers.length} | ${describeBudget(report.budget)} | ${verdictMark(report.budget)} ${verdictText(report.budget)} |`
  ]
  if (alternative.image) {
    const limits = alternative.budget ? describeBudget(alternative.budget) : ''
    rows.push(
      `| Scratch alternative | ${formatBytes(alternative.image.size)} | ${formatBytes(alternative.image.compressedSize)} | ${alternative.image.layers.length} | ${limits} | ${STATUS_MARK[alternative.status]} ${STATUS_LABEL[alternative.status]} |`
    )
  }
  if (report.baseline?.status === 'measured') {
    const base = report.baseline
    const name = base.image
      ? `Baseline image (${inlineCode(base.image)})`
      : `Base branch (${inlineCode((base.commit ?? '').slice(0, 7))})`
    rows.push(
      `| ${name} | ${formatBytes(base.size)} | ${formatBytes(base.compressedSize)} | ${base.layers} | | |`
    )
  }
  const source = report.baseline && describeBaselineSource(report.baseline)
  const baseline = report.baseline
    ? [
        `**${escapeInline(describeBaseline(report.baseline, image), 400)}**`,
        source ? `_Baseline ${escapeInline(source, 300)}._` : ''
      ]
        .filter(line => line !== '')
        .join('\n')
    : ''
  const given = report.givenImage ? describeGivenImage(report.givenImage, inlineCode) : ''
  return [rows.join('\n'), given, baseline, savingsLine(report), alternativeSection(alternative)]
}

function verdictMark(verdict: BudgetVerdict): string {
  if (!verdict.within) return '❌'
  if (verdict.unchecked.length > 0) return '⚠️'
  if (verdict.checks.length === 0) return 'ℹ️'
  return warnings(verdict).length > 0 ? '⚠️' : '✅'
}

// The reasons of limits not checked come from git and docker: escaped like any other outside text.
function verdictText(verdict: BudgetVerdict): string {
  return escapeInline(describeVerdict(verdict), 600)
}

function savingsLine(report: MeasuredReport): string {
  const { savings, image } = report.alternative
  if (!savings || !image) return ''
  if (savings.bytes <= 0)
    return `The scratch alternative saves nothing (${formatBytes(image.size)}).`
  return `**Saving: ${formatBytes(savings.bytes)} (${formatPercent(savings.percent)})**, ${formatExactBytes(report.image.size)} → ${formatExactBytes(image.size)}.`
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
  const evidence = describeNeedsEvidence(alternative.runtimeNeedsFrom)
  const changes = [...alternative.changes, ...(evidence ? [evidence] : [])]
    .map(change => `- ${escapeInline(change)}`)
    .join('\n')
  return [
    '<details><summary>Generated Dockerfile (FROM scratch), ready to copy</summary>',
    '',
    codeBlock(alternative.dockerfile, 'dockerfile'),
    '',
    changes ? `What it changed and why:\n\n${changes}` : '',
    '</details>'
  ].join('\n')
}
