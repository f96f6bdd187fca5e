import { Input, InputError, type Inputs } from '../core/inputs.js'
import type { GivenImage } from '../report/model.js'
import type { BuildFailure } from '../tools/build-log.js'
import { buildImage } from '../tools/buildx.js'
import { runDocker, type DockerOptions } from '../tools/docker.js'
import { buildRequest } from './build-request.js'
import type { Progress } from './progress.js'

/** The image the run measures: built here under `tag`, or the one the `image` input names. */
export type OriginalImage =
  | { ok: true; ref: string; built: true }
  | { ok: true; ref: string; built: false; given: GivenImage }
  | { ok: false; failure: BuildFailure }

/**
 * Builds the image of the inputs (the one build that writes `cache-to`), or, with `image`, finds
 * the image already in the engine and builds nothing. A name the engine lacks, or a cache export
 * the builder refuses, is the user's to fix: an InputError that says how.
 */
export async function originalImage(
  inputs: Inputs,
  tag: string,
  progress: Progress,
  docker?: DockerOptions
): Promise<OriginalImage> {
  if (inputs.image) {
    const name = inputs.image
    const given = await progress.group(`Use the image ${name}`, () => findImage(name, docker))
    progress.info(`Measuring ${name} (${given.id}) as it is: it is not built here.`)
    return { ok: true, ref: name, built: false, given }
  }
  const built = await progress.group(`Build ${inputs.file}`, () =>
    buildImage({ ...buildRequest(inputs, tag), exportCache: true, onLog: progress.output }, docker)
  )
  if (built.ok) return { ok: true, ref: tag, built: true }
  if (/cache export is not supported for the docker driver/i.test(built.failure.reason)) {
    throw new InputError(
      `${Input.CacheTo}: the builder (the docker driver on the classic image store) cannot export a build cache, as BuildKit says. Create a builder that can (docker/setup-buildx-action, whose docker-container driver exports every cache type) and pass its name in ${Input.Builder}, turn on the containerd image store, or leave ${Input.CacheTo} out`
    )
  }
  return { ok: false, failure: built.failure }
}

async function findImage(name: string, docker?: DockerOptions): Promise<GivenImage> {
  const inspected = await runDocker(['image', 'inspect', '--format', '{{.Id}}', name], docker)
  const id = inspected.stdout.trim()
  if (inspected.exitCode !== 0 || id === '') {
    throw new InputError(
      `${Input.Image}: the Docker engine has no image ${JSON.stringify(name)}. Load it before this step: docker/build-push-action with load: true (and the same name in its tags), or docker pull ${name}`
    )
  }
  return { name, id }
}
