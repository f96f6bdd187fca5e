import { realpath } from 'node:fs/promises'
import * as path from 'node:path'
import { InputError, type InputName } from '../core/inputs.js'

/** A path an input names, as the user wrote it (or as a pattern matched it). */
export interface PathInput {
  input: InputName
  value: string
}

export interface PathBoundary {
  /** The folder every path must stay in: GITHUB_WORKSPACE, or the CLI's current directory. */
  root: string
  /** What the messages call it: `the workspace`, `the current directory`. */
  name: string
  /** Relative paths resolve from here; the root unless given. */
  cwd?: string
  /** The CLI trusts an absolute path its user typed; the action trusts none outside the workspace. */
  allowAbsolute?: boolean
}

/**
 * Refuses, before anything is read, a path that resolves outside the boundary: `..` that climbs
 * out, an absolute path elsewhere, or a symbolic link on the way that leads out (followed with
 * realpath, so a link inside the checkout cannot reach the runner's files).
 */
export async function requireInside(
  boundary: PathBoundary,
  paths: readonly PathInput[]
): Promise<void> {
  const root = await realpath(boundary.root)
  for (const { input, value } of paths) {
    if (boundary.allowAbsolute && path.isAbsolute(value)) continue
    const resolved = path.resolve(boundary.cwd ?? boundary.root, value)
    const hint = boundary.allowAbsolute
      ? 'give a path inside it, or an absolute path'
      : `give a path inside it, relative to it like ${input === 'file' || input === 'dockerfiles' ? 'services/api/Dockerfile' : 'services/api'}`
    if (!isWithin(path.resolve(boundary.root), resolved)) {
      throw new InputError(
        `${input}: ${JSON.stringify(value)} is outside ${boundary.name} (${boundary.root}); ${hint}`
      )
    }
    const real = await realpathOfExisting(resolved)
    if (!isWithin(root, real)) {
      throw new InputError(
        `${input}: ${JSON.stringify(value)} leads outside ${boundary.name} through a symbolic link (to ${real}); ${hint}`
      )
    }
  }
}

function isWithin(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  )
}

/** The real path of `target`, or of its nearest existing folder with the rest appended. */
async function realpathOfExisting(target: string): Promise<string> {
  try {
    return await realpath(target)
  } catch {
    const parent = path.dirname(target)
    if (parent === target) return target
    return path.join(await realpathOfExisting(parent), path.basename(target))
  }
}
