import { context } from '@actions/github'
import type { Inputs } from '../core/inputs.js'

// One sticky comment, and one drift issue, per key: the keys a run uses when the user sets none.

/** The default key: workflow, job and Dockerfile, so matrix jobs and workflows never share a comment. */
export function defaultCommentKey(file: string): string {
  return [context.workflow, context.job, file].filter(Boolean).join('/')
}

/**
 * The key of this run: `comment-key`, or a default that names the Dockerfile (or the
 * `dockerfiles` patterns, so the comment stays the same one when a pull request adds an image),
 * in characters a comment bundle accepts.
 */
export function commentKeyOf(inputs: Inputs): string {
  if (inputs.commentKey) return inputs.commentKey
  if (inputs.dockerfiles.length === 0) return defaultCommentKey(inputs.file)
  return defaultCommentKey(inputs.dockerfiles.join(' ').replace(/[^\w ./:@+-]+/g, '-'))
}

/**
 * The drift issue key of one image. With `dockerfiles` each image keeps its own history, under the
 * key a run of that one Dockerfile would use, so moving a service into a monorepo run keeps it.
 */
export function driftKeyOf(dockerfile: string, inputs: Inputs, runKey: string): string {
  if (inputs.dockerfiles.length === 0) return runKey
  return inputs.commentKey ? `${inputs.commentKey}/${dockerfile}` : defaultCommentKey(dockerfile)
}
