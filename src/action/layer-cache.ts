import * as cache from '@actions/cache'
import * as core from '@actions/core'
import * as path from 'node:path'
import { fileLayerCache, type LayerCache } from '../measure/index.js'

// Compressed sizes and executables by layer digest, kept between runs so unchanged base layers cost
// nothing: on a self-hosted runner in its tool cache directory, and on hosted runners through
// @actions/cache.

const KEY_PREFIX = 'go-image-budget-layers-'

export interface RunnerLayerCache {
  cache: LayerCache
  /** Saves what this run added, when anything was added. Never fails the run. */
  save(): Promise<void>
}

/**
 * The runner's layer cache, restored in the background: the image builds meanwhile, and the
 * measurement, the first to read the cache, waits for the restore to end.
 */
export function restoreRunnerLayerCache(): RunnerLayerCache {
  const dir = path.join(
    process.env.RUNNER_TOOL_CACHE || process.env.RUNNER_TEMP || '.',
    'go-image-budget',
    'layers'
  )
  const available = cache.isFeatureAvailable()
  const restored = available
    ? cache.restoreCache([dir], `${KEY_PREFIX}${runKey()}`, [KEY_PREFIX]).then(
        () => undefined,
        error => core.info(`Nothing restored from the layer cache: ${(error as Error).message}`)
      )
    : Promise.resolve()
  const files = fileLayerCache(dir)
  // Counted as written, not as files in the folder: a run that replaces entries of an older
  // compression method or reader adds no file, yet has facts worth saving.
  let written = 0
  const layers: LayerCache = {
    get: async digest => {
      await restored
      return files.get(digest)
    },
    set: async (digest, size) => {
      await restored
      await files.set(digest, size)
      written++
    },
    executables: async digest => {
      await restored
      return files.executables(digest)
    },
    setExecutables: async (digest, executables) => {
      await restored
      await files.setExecutables(digest, executables)
      written++
    }
  }
  return {
    cache: layers,
    async save() {
      await restored
      if (!available || written === 0) return
      // Cache keys cannot be overwritten, so each run that learns something saves under its own.
      await cache.saveCache([dir], `${KEY_PREFIX}${runKey()}`).catch(error => {
        core.info(`The layer cache was not saved: ${(error as Error).message}`)
      })
    }
  }
}

function runKey(): string {
  const { GITHUB_RUN_ID = 'local', GITHUB_RUN_ATTEMPT = '1', GITHUB_JOB = 'job' } = process.env
  return `${GITHUB_RUN_ID}-${GITHUB_RUN_ATTEMPT}-${GITHUB_JOB}`
}
