import type { Inputs } from '../core/inputs.js'
import type { BuildRequest } from '../tools/buildx.js'

/** The build the inputs describe, tagged `tag`, with build-push-action's build inputs. */
export function buildRequest(inputs: Inputs, tag: string): BuildRequest {
  const { context, file, target, buildArgs, platform, builder, pull, buildOptions } = inputs
  return { context, file, target, buildArgs, platform, builder, pull, buildOptions, tag }
}

/**
 * The build of a Dockerfile the run wrote (the alternative, the make dry run) with the inputs'
 * context and build inputs: its last stage is the one to build, so the `target` input is not.
 */
export function writtenBuildRequest(inputs: Inputs, tag: string, dockerfile: string): BuildRequest {
  return { ...buildRequest(inputs, tag), target: undefined, dockerfile }
}
