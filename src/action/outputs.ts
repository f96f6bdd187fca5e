import * as core from '@actions/core'
import { withinEveryLimit } from '../core/budget.js'
import { largestBinary } from '../report/inside.js'
import type { Report } from '../report/model.js'

/** Output names as action.yml spells them. */
export const Output = {
  Size: 'size',
  CompressedSize: 'compressed-size',
  Layers: 'layers',
  AlternativeSize: 'alternative-size',
  AlternativeCompressedSize: 'alternative-compressed-size',
  AlternativeLayers: 'alternative-layers',
  BinarySize: 'binary-size',
  StrippableBytes: 'strippable-bytes',
  Savings: 'savings',
  WithinBudget: 'within-budget',
  AlternativeStatus: 'alternative-status',
  Report: 'report',
  CommentUrl: 'comment-url',
  DriftIssueUrl: 'drift-issue-url',
  CommentBundle: 'comment-bundle'
} as const

/**
 * `alternative-status` when the image itself did not build: no alternative was tried, which is
 * neither `not-applicable` (no Go build) nor `build-failed` (the alternative did not build).
 */
export const IMAGE_BUILD_FAILED = 'image-build-failed'

/** The step outputs for a report: figures in bytes, `''` for what was not measured. */
export function outputsOf(
  report: Report,
  reportPath: string,
  commentUrl: string | undefined
): Record<string, string> {
  const measured = report.kind === 'measured' ? report : undefined
  const alternative = measured?.alternative.image
  const binary = measured ? largestBinary(measured.image) : undefined
  return {
    [Output.Size]: String(measured?.image.size ?? ''),
    [Output.CompressedSize]: String(measured?.image.compressedSize ?? ''),
    [Output.Layers]: String(measured?.image.layers.length ?? ''),
    [Output.AlternativeSize]: String(alternative?.size ?? ''),
    [Output.AlternativeCompressedSize]: String(alternative?.compressedSize ?? ''),
    [Output.AlternativeLayers]: String(alternative?.layers.length ?? ''),
    [Output.BinarySize]: String(binary?.bytes ?? ''),
    [Output.StrippableBytes]: String(binary?.strippable ?? ''),
    [Output.Savings]: measured?.alternative.savings
      ? measured.alternative.savings.percent.toFixed(1)
      : '',
    [Output.WithinBudget]: String(measured ? withinEveryLimit(measured.budget) : false),
    [Output.AlternativeStatus]: measured?.alternative.status ?? IMAGE_BUILD_FAILED,
    [Output.Report]: reportPath,
    [Output.CommentUrl]: commentUrl ?? ''
  }
}

// With several images these become JSON maps from Dockerfile path to the one-image value.
const PER_IMAGE = [
  Output.Size,
  Output.CompressedSize,
  Output.Layers,
  Output.AlternativeSize,
  Output.AlternativeCompressedSize,
  Output.AlternativeLayers,
  Output.BinarySize,
  Output.StrippableBytes,
  Output.Savings,
  Output.AlternativeStatus
] as const

/**
 * The step outputs for every image of the run. One image: exactly `outputsOf`. Several: each
 * per-image output is a JSON map keyed by Dockerfile path (numbers as numbers, `null` for what was
 * not measured), and `within-budget` is `true` only when every image built and is within.
 */
export function outputsOfAll(
  reports: Report[],
  reportPath: string,
  commentUrl: string | undefined
): Record<string, string> {
  const [only] = reports
  if (only && reports.length === 1) return outputsOf(only, reportPath, commentUrl)
  const each = reports.map(report => ({
    file: report.dockerfile,
    outputs: outputsOf(report, reportPath, commentUrl)
  }))
  const mapOf = (name: string): string =>
    JSON.stringify(
      Object.fromEntries(each.map(({ file, outputs }) => [file, jsonValue(outputs[name])]))
    )
  return {
    ...Object.fromEntries(PER_IMAGE.map(name => [name, mapOf(name)])),
    [Output.WithinBudget]: String(
      reports.every(report => report.kind === 'measured' && withinEveryLimit(report.budget))
    ),
    [Output.Report]: reportPath,
    [Output.CommentUrl]: commentUrl ?? ''
  }
}

function jsonValue(value: string | undefined): number | string | null {
  if (value === undefined || value === '') return null
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
}

// Every output the step sets is set here, so action.yml and the code are read side by side.

/** The figures, the verdict, the report's path and the comment's URL. */
export function setReportOutputs(
  reports: Report[],
  reportPath: string,
  commentUrl: string | undefined
): void {
  for (const [name, value] of Object.entries(outputsOfAll(reports, reportPath, commentUrl)))
    core.setOutput(name, value)
}

/** The folder a pull-request run leaves for `mode: comment`. */
export function setCommentBundleOutput(dir: string): void {
  core.setOutput(Output.CommentBundle, dir)
}

/** The comment `mode: comment` wrote. */
export function setCommentUrlOutput(url: string): void {
  core.setOutput(Output.CommentUrl, url)
}

/** One image: its drift issue's URL; several: a JSON map keyed by Dockerfile, like the other outputs. */
export function setDriftIssueOutput(urls: Record<string, string>, manyImages: boolean): void {
  const values = Object.values(urls)
  if (values.length === 0) return
  core.setOutput(Output.DriftIssueUrl, manyImages ? JSON.stringify(urls) : values[0])
}
