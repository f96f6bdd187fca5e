import type { Inputs } from '../core/inputs.js'
import type { BuildRequest } from '../tools/buildx.js'

/** The build the inputs describe, tagged `tag`, with build-push-action's build inputs. */
export function buildRequest(inputs: Inputs, tag: string): BuildRequest {
  const { context, file, target, buildArgs, platform, builder, pull, buildOptions } = inputs
  return { context, file, target, buildArgs, platform, builder, pull, buildOptions, tag }
}
