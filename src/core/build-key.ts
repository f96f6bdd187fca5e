import { createHash } from 'node:crypto'
import * as path from 'node:path'
import type { Inputs } from './inputs.js'

// A recorded measurement stands in for a build only when the build would have been the same one:
// same Dockerfile, context, target, build arguments and platform. The key names them all in a
// stable hash, so a measurement recorded on the default branch matches a pull request's base.

/** What shapes the image a run builds, as the build key hashes it. */
export type BuildShape = Pick<Inputs, 'file' | 'context' | 'target' | 'buildArgs' | 'platform'>

/** `v1-` and 16 hex digits of SHA-256 over the build's shape: short enough for a cache key. */
export function buildKeyOf(shape: BuildShape): string {
  const canonical = JSON.stringify([
    normalPath(shape.file),
    normalPath(shape.context),
    shape.target ?? '',
    // Sorted, so the order build args were listed in does not matter.
    Object.entries(shape.buildArgs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    shape.platform ?? ''
  ])
  return `v1-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`
}

/** `./Dockerfile`, `Dockerfile` and `sub/../Dockerfile` name the same file, on any runner. */
function normalPath(value: string): string {
  return path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/$/, '') || '.'
}
