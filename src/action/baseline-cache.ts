import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import * as path from 'node:path'

// Measurements of one build at one commit, kept in the runner cache so that a pull request whose
// base is that commit compares with it instead of building it. One cache entry per build key and
// commit: a push run on the default branch saves one, and pull requests into it can restore it.
// On a self-hosted runner the folder in its tool cache directory is found without the service.

const KEY_PREFIX = 'go-image-budget-baseline-'
const FORMAT_VERSION = 1

/** What the cache keeps of one measurement. */
export interface CachedMeasurement {
  commit: string
  buildKey: string
  size: number
  compressedSize: number
  layers: number
  /** When it was measured, ISO 8601. */
  recordedAt: string
}

function entryDir(buildKey: string, commit: string): string {
  const root = process.env.RUNNER_TOOL_CACHE || process.env.RUNNER_TEMP || '.'
  return path.join(root, 'go-image-budget', 'baselines', `${buildKey}-${commit}`)
}

function cacheKey(buildKey: string, commit: string): string {
  return `${KEY_PREFIX}${buildKey}-${commit}`
}

/** The measurement cached for this build key and commit, if any. Never fails the run. */
export async function restoreCachedMeasurement(
  buildKey: string,
  commit: string
): Promise<CachedMeasurement | undefined> {
  const dir = entryDir(buildKey, commit)
  const local = await readEntry(dir, buildKey, commit)
  if (local || !cache.isFeatureAvailable()) return local
  try {
    const hit = await cache.restoreCache([dir], cacheKey(buildKey, commit))
    return hit ? await readEntry(dir, buildKey, commit) : undefined
  } catch (error) {
    core.info(`No measurement restored from the runner cache: ${(error as Error).message}`)
    return undefined
  }
}

/** Keeps a measurement for later runs. Never fails the run. */
export async function saveCachedMeasurement(entry: CachedMeasurement): Promise<void> {
  const dir = entryDir(entry.buildKey, entry.commit)
  try {
    await mkdir(dir, { recursive: true })
    const file = path.join(dir, 'measurement.json')
    await writeFile(`${file}.tmp`, JSON.stringify({ version: FORMAT_VERSION, ...entry }))
    await rename(`${file}.tmp`, file)
    // Cache keys cannot be overwritten: a second save of the same build and commit is refused,
    // and the first one says the same.
    if (cache.isFeatureAvailable())
      await cache.saveCache([dir], cacheKey(entry.buildKey, entry.commit))
  } catch (error) {
    core.info(
      `The measurement of ${entry.commit.slice(0, 7)} was not cached: ${(error as Error).message}`
    )
  }
}

async function readEntry(
  dir: string,
  buildKey: string,
  commit: string
): Promise<CachedMeasurement | undefined> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(path.join(dir, 'measurement.json'), 'utf8'))
  } catch {
    return undefined
  }
  return isCachedMeasurement(value, buildKey, commit) ? value : undefined
}

/** A file anyone with the runner could have written: checked field by field before it is trusted. */
function isCachedMeasurement(
  value: unknown,
  buildKey: string,
  commit: string
): value is CachedMeasurement & { version: number } {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  const count = (field: unknown): boolean =>
    typeof field === 'number' && Number.isSafeInteger(field) && field >= 0
  return (
    entry.version === FORMAT_VERSION &&
    entry.commit === commit &&
    entry.buildKey === buildKey &&
    count(entry.size) &&
    count(entry.compressedSize) &&
    count(entry.layers) &&
    typeof entry.recordedAt === 'string' &&
    !Number.isNaN(Date.parse(entry.recordedAt))
  )
}
