import { access } from 'node:fs/promises'
import * as path from 'node:path'
import { buildImage, removeTags } from '../tools/buildx.js'
import { DockerCommandError, type DockerOptions } from '../tools/docker.js'
import { addWorktree, ensureCommit, GitError, repositoryRoot } from '../tools/git.js'
import { ImageReadError, measureImage, type LayerCache } from '../measure/index.js'
import type { Inputs } from '../core/inputs.js'
import type { Baseline } from '../report/model.js'
import type { Progress } from './progress.js'

export interface BaselineOptions {
  docker?: DockerOptions
  cache?: LayerCache
  progress: Progress
  tag: string
}

/**
 * Builds the same Dockerfile, context and arguments from a worktree of `commit`. The build cache is
 * shared with the main build, so unchanged steps are not built twice. Never throws: a baseline that
 * cannot be had is reported, and the run goes on without a delta.
 */
export async function buildBaseline(
  inputs: Inputs,
  commit: string,
  options: BaselineOptions
): Promise<Baseline> {
  let worktree: Awaited<ReturnType<typeof addWorktree>> | undefined
  try {
    const repo = await repositoryRoot(path.resolve(inputs.context))
    await ensureCommit(repo, commit)
    worktree = await addWorktree(repo, commit)
    const inTree = (p: string): string =>
      path.join(worktree!.dir, path.relative(repo, path.resolve(p)))
    const file = inTree(inputs.file)
    if (!(await exists(file))) return { status: 'new-image', commit }
    const built = await buildImage(
      {
        ...inputs,
        context: inTree(inputs.context),
        file,
        tag: options.tag,
        onLog: options.progress.output
      },
      options.docker
    )
    if (!built.ok) {
      return {
        status: 'unavailable',
        commit,
        reason: `the base commit did not build: ${built.failure.reason}`
      }
    }
    try {
      const image = await measureImage(options.tag, {
        docker: options.docker,
        cache: options.cache,
        onProgress: options.progress.measuring?.bind(options.progress)
      })
      return {
        status: 'measured',
        commit,
        size: image.size,
        compressedSize: image.compressedSize,
        layers: image.layers.length,
        source: { kind: 'built' }
      }
    } finally {
      await removeTags([options.tag], options.docker)
    }
  } catch (error) {
    if (!isExpectedFailure(error)) throw error
    return { status: 'unavailable', commit, reason: error.message.split('\n')[0] as string }
  } finally {
    await worktree?.remove()
  }
}

export /** git and docker failing are facts of this run, to be reported; anything else is a bug. */
function isExpectedFailure(error: unknown): error is Error {
  return (
    error instanceof GitError ||
    error instanceof DockerCommandError ||
    error instanceof ImageReadError
  )
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}
