import * as core from '@actions/core'
import type { Report } from './report/model.js'

/** Output names as action.yml spells them. */
export const Output = {
  Size: 'size',
  CompressedSize: 'compressed-size',
  Layers: 'layers',
  AlternativeSize: 'alternative-size',
  AlternativeCompressedSize: 'alternative-compressed-size',
  AlternativeLayers: 'alternative-layers',
  Savings: 'savings',
  WithinBudget: 'within-budget',
  AlternativeStatus: 'alternative-status',
  Report: 'report',
  CommentUrl: 'comment-url',
  DriftIssueUrl: 'drift-issue-url',
  CommentBundle: 'comment-bundle'
} as const

/** The step outputs for a report: figures in bytes, `''` for what was not measured. */
export function outputsOf(
  report: Report,
  reportPath: string,
  commentUrl: string | undefined
): Record<string, string> {
  const measured = report.kind === 'measured' ? report : undefined
  const alternative = measured?.alternative.image
  return {
    [Output.Size]: String(measured?.image.size ?? ''),
    [Output.CompressedSize]: String(measured?.image.compressedSize ?? ''),
    [Output.Layers]: String(measured?.image.layers.length ?? ''),
    [Output.AlternativeSize]: String(alternative?.size ?? ''),
    [Output.AlternativeCompressedSize]: String(alternative?.compressedSize ?? ''),
    [Output.AlternativeLayers]: String(alternative?.layers.length ?? ''),
    [Output.Savings]: measured?.alternative.savings
      ? measured.alternative.savings.percent.toFixed(1)
      : '',
    [Output.WithinBudget]: String(measured?.budget.within ?? false),
    [Output.AlternativeStatus]: measured?.alternative.status ?? 'not-applicable',
    [Output.Report]: reportPath,
    [Output.CommentUrl]: commentUrl ?? ''
  }
}

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}
