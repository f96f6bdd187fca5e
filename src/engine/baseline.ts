import { access } from 'node:fs/promises'
import * as path from 'node:path'
import { buildImage, removeTags } from '../tools/buildx.js'
import type { DockerOptions } from '../tools/docker.js'
import { addWorktree, ensureCommit, repositoryRoot } from '../tools/git.js'
import { measureImage, type CompressedSizeCache } from '../measure/index.js'
import type { Inputs } from '../core/inputs.js'
import type { Progress } from './progress.js'

/** The image as the base commit builds it, to compare the pull request's image with. */
export type Baseline =
  | { status: 'measured'; commit: string; size: number; compressedSize: number; layers: number }
  | { status: 'new-image'; commit: string }
  | { status: 'unavailable'; commit: string; reason: string }

export interface BaselineOptions {
  docker?: DockerOptions
  cache?: CompressedSizeCache
  progress: Progress
  tag: string
}

/**
 * Builds the same Dockerfile, context and arguments from a worktree of `commit`. The build cache is
 * shared with the main build, so unchanged steps are not built twice. Never throws: a baseline that
 * cannot be had is reported, and the run goes on without a delta.
 */
export async function measureBaseline(
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
        cache: options.cache
      })
      return {
        status: 'measured',
        commit,
        size: image.size,
        compressedSize: image.compressedSize,
        layers: image.layers.length
      }
    } finally {
      await removeTags([options.tag], options.docker)
    }
  } catch (error) {
    return {
      status: 'unavailable',
      commit,
      reason: (error as Error).message.split('\n')[0] ?? 'unknown error'
    }
  } finally {
    await worktree?.remove()
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}
