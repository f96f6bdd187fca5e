import { docker, DockerCommandError, runDocker, type DockerOptions } from '../tools/docker.js'
import { ImageReadError, measureImage, type LayerCache } from '../measure/index.js'
import type { Baseline } from '../report/model.js'
import type { Progress } from './progress.js'

export interface BaselineImageOptions {
  docker?: DockerOptions
  cache?: LayerCache
  progress: Progress
  /** The pull request's base commit, named in the report beside the image. */
  commit?: string
}

/**
 * `baseline-image`: an image the team already pushes, measured as the engine has it once pulled.
 * Layers whose compressed size is known by digest from an earlier run are not compressed again.
 * Never throws for what the engine or the registry refuses: the run goes on without a delta.
 *
 * This reads the image through the engine (`docker pull`, then `docker save`); a reader of the
 * registry's manifest can take its place behind the same signature.
 */
export async function measureBaselineImage(
  reference: string,
  options: BaselineImageOptions
): Promise<Baseline> {
  const { commit } = options
  const pull = await runDocker(['pull', '--quiet', reference], options.docker)
  // Offline, or a registry that refuses the token: the engine's copy, if it has one, still says
  // what the team shipped, and the report says it was not pulled.
  const pulled = pull.exitCode === 0
  if (!pulled) options.progress.info(`docker pull ${reference} failed: ${pull.stderr.trim()}`)
  try {
    const id = (
      await docker(['image', 'inspect', '--format', '{{.Id}}', reference], options.docker)
    ).trim()
    const image = await measureImage(reference, {
      docker: options.docker,
      cache: options.cache,
      onProgress: options.progress.measuring?.bind(options.progress)
    })
    return {
      status: 'measured',
      ...(commit && { commit }),
      image: reference,
      size: image.size,
      compressedSize: image.compressedSize,
      layers: image.layers.length,
      source: { kind: 'image', id, pulled }
    }
  } catch (error) {
    if (!(error instanceof DockerCommandError || error instanceof ImageReadError)) throw error
    const reason = pulled
      ? (error.message.split('\n')[0] as string)
      : `it could not be pulled (${firstLine(pull.stderr)}) and the engine has no copy`
    return { status: 'unavailable', ...(commit && { commit }), image: reference, reason }
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}
