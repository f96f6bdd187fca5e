import type { Inputs } from '../core/inputs.js'
import type { BuildRequest } from '../tools/buildx.js'

/** The build the inputs describe, tagged `tag`. */
export function buildRequest(inputs: Inputs, tag: string): BuildRequest {
  const { context, file, target, buildArgs, platform, builder, pull } = inputs
  return { context, file, target, buildArgs, platform, builder, pull, tag }
}
