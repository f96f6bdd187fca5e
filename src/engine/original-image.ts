import { access } from 'node:fs/promises'
import * as path from 'node:path'
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
 * What must hold before anything is built: every secret file is there, and the image the `image`
 * input names is in the engine (returned; undefined when the run builds its own). What fails is
 * the user's to fix: an InputError that says how.
 */
export async function checkOriginal(
  inputs: Inputs,
  progress: Progress,
  docker?: DockerOptions
): Promise<GivenImage | undefined> {
  await checkSecretFiles(inputs)
  if (!inputs.image) return undefined
  const name = inputs.image
  const given = await progress.group(`Use the image ${name}`, () => findImage(name, docker))
  progress.info(`Measuring ${name} (${given.id}) as it is: it is not built here.`)
  if (inputs.buildOptions.cacheTo.length > 0)
    progress.info(`${Input.CacheTo} is not written: the step that built ${name} writes its cache.`)
  return given
}

/**
 * The image the `image` input GIVEN names, or else a build of the inputs under `tag`: the one
 * build that writes `cache-to`. A cache export the builder refuses is an InputError that says how
 * to fix it.
 */
export async function originalImage(
  inputs: Inputs,
  given: GivenImage | undefined,
  tag: string,
  progress: Progress,
  docker?: DockerOptions
): Promise<OriginalImage> {
  if (given) return { ok: true, ref: given.name, built: false, given }
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

/** A secret file that is not there fails before any build, naming the input and the secret. */
async function checkSecretFiles(inputs: Inputs): Promise<void> {
  for (const { id, source } of inputs.buildOptions.secrets) {
    if (source.kind !== 'file') continue
    const found = await access(path.resolve(source.path)).then(
      () => true,
      () => false
    )
    if (!found) {
      throw new InputError(
        `${Input.SecretFiles}: secret ${id} names ${JSON.stringify(source.path)}, which is not a file here; give a path relative to the workspace, e.g. netrc=\${{ runner.temp }}/netrc written by an earlier step`
      )
    }
  }
}
