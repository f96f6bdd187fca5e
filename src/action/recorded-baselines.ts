import * as core from '@actions/core'
import { context } from '@actions/github'
import type { Inputs } from '../core/inputs.js'
import { recordedEntryOf } from '../drift/history.js'
import type { RecordedBaseline, RecordedBaselines } from '../engine/baseline.js'
import { readDriftHistory } from '../github/drift-issue.js'
import type { MeasuredReport, Report } from '../report/model.js'
import { restoreCachedMeasurement, saveCachedMeasurement } from './baseline-cache.js'
import { driftKeyOf } from './comment-key.js'
import { thisRepository } from './event.js'
import { createOctokit } from './octokit.js'

// A pull request's base commit is usually the default branch's last push, which this action
// already measured: in the runner cache, and in the drift issue's history. Finding it there saves
// building the base commit again.

/**
 * The measurements earlier runs recorded, for a pull request into `branch`: the runner cache
 * first (no API call), then the drift history. A history that cannot be read (a token without
 * `issues: read`) is a notice, and the base commit is built.
 */
export function recordedBaselinesOf(
  inputs: Inputs,
  runKey: string,
  branch: string | undefined
): RecordedBaselines {
  return {
    async find({ commit, buildKey, dockerfile }) {
      const cached = await restoreCachedMeasurement(buildKey, commit)
      if (cached) return recordedBaseline(cached, 'runner-cache', cached.recordedAt, branch)
      const entries = await readHistory(inputs, driftKeyOf(dockerfile, inputs, runKey))
      const entry = recordedEntryOf(entries, commit, buildKey)
      return entry && recordedBaseline(entry, 'drift-history', entry.time, branch)
    }
  }
}

function recordedBaseline(
  figures: { size: number; compressedSize: number; layers: number },
  store: RecordedBaseline['source']['store'],
  recordedAt: string,
  branch: string | undefined
): RecordedBaseline {
  const ageSeconds = Math.max(0, Math.round((Date.now() - Date.parse(recordedAt)) / 1000))
  return {
    size: figures.size,
    compressedSize: figures.compressedSize,
    layers: figures.layers,
    source: { kind: 'recorded', store, ...(branch && { branch }), recordedAt, ageSeconds }
  }
}

async function readHistory(inputs: Inputs, key: string) {
  if (!inputs.githubToken) return []
  try {
    return await readDriftHistory(createOctokit(inputs.githubToken), {
      ...thisRepository(),
      label: inputs.drift.label,
      key
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    const why =
      status === 403
        ? 'the token may not read issues: add `issues: read` to the workflow permissions'
        : `${(error as Error).message}`
    core.notice(
      `The drift history could not be read (${why}), so the base commit is built to compare with.`,
      { title: 'go-image-budget: base commit built' }
    )
    return []
  }
}

/**
 * Keeps what this run measured for the pull requests to come: the pushed commit's image on a run
 * that records drift, and the base commit's image when a pull request had to build it.
 */
export async function keepMeasurements(reports: Report[], recordsDrift: boolean): Promise<void> {
  const measured = reports.filter((report): report is MeasuredReport => report.kind === 'measured')
  const recordedAt = new Date().toISOString()
  for (const report of measured) {
    const { buildKey, baseline } = report
    if (!buildKey) continue
    if (recordsDrift && context.sha) {
      const { image } = report
      await saveCachedMeasurement({
        commit: context.sha,
        buildKey,
        size: image.size,
        compressedSize: image.compressedSize,
        layers: image.layers.length,
        recordedAt
      })
    }
    if (baseline?.status === 'measured' && baseline.source.kind === 'built' && baseline.commit) {
      const { commit, size, compressedSize, layers } = baseline
      await saveCachedMeasurement({ commit, buildKey, size, compressedSize, layers, recordedAt })
    }
  }
}
