import type { BuildOptions } from '../core/build-inputs.js'
import { runDocker, type DockerOptions } from './docker.js'
import { buildFlagsOf } from './build-flags.js'
import { summarizeBuildFailure, type BuildFailure } from './build-log.js'

export interface BuildRequest {
  context: string
  /** Path of the Dockerfile; ignored when `dockerfile` text is given. */
  file: string
  /** Dockerfile text to build instead of `file` (the generated alternative), passed on stdin. */
  dockerfile?: string
  target?: string
  buildArgs: Record<string, string>
  platform?: string
  builder?: string
  /** Tag for the loaded image; unique per run so parallel jobs on one runner never collide. */
  tag: string
  /** Always look for newer base images. */
  pull?: boolean
  /** Called with build progress as it arrives. */
  onLog?: (chunk: string) => void
  /** build-push-action's build inputs: secrets, ssh, cache, contexts, labels, network, … */
  buildOptions?: BuildOptions
  /** Write `cache-to`: only the build of the image itself does. */
  exportCache?: boolean
}

/** A build either loaded its image under the tag asked for, or failed at a step. */
export type BuildOutcome = { ok: true } | { ok: false; failure: BuildFailure }

/** Builds one image with `docker buildx build --load`. A failed build is an outcome, not an exception. */
export async function buildImage(
  request: BuildRequest,
  docker: DockerOptions = {}
): Promise<BuildOutcome> {
  const flags = request.buildOptions
    ? buildFlagsOf(request.buildOptions, request.exportCache === true)
    : { args: [], env: {} }
  const result = await runDocker(buildArgs(request, flags.args), {
    ...docker,
    env: { ...docker.env, ...flags.env },
    input: request.dockerfile,
    onStderr: request.onLog
  })
  if (result.exitCode !== 0) return { ok: false, failure: summarizeBuildFailure(result.stderr) }
  return { ok: true }
}

/** The `docker buildx build` command line of a request. */
function buildArgs(request: BuildRequest, flags: readonly string[]): string[] {
  const args = ['buildx', 'build', '--load', '--progress', 'plain', '--tag', request.tag]
  args.push('--file', request.dockerfile === undefined ? request.file : '-')
  if (request.builder) args.push('--builder', request.builder)
  if (request.target) args.push('--target', request.target)
  if (request.platform) args.push('--platform', request.platform)
  for (const [key, value] of Object.entries(request.buildArgs))
    args.push('--build-arg', `${key}=${value}`)
  args.push(...flags)
  if (request.pull) args.push('--pull')
  if (request.pull && !request.buildOptions?.noCache) args.push('--no-cache')
  args.push(request.context)
  return args
}

/**
 * The platforms a builder says it builds (`docker buildx inspect`), or undefined when it cannot be
 * asked: the build then says what is wrong itself.
 */
export async function builderPlatforms(
  builder: string | undefined,
  docker: DockerOptions = {}
): Promise<{ builder: string; platforms: string[] } | undefined> {
  const result = await runDocker(['buildx', 'inspect', ...(builder ? [builder] : [])], docker)
  if (result.exitCode !== 0) return undefined
  const name = /^Name:\s+(\S+)/m.exec(result.stdout)?.[1] ?? builder ?? 'default'
  const platforms = [...result.stdout.matchAll(/^Platforms:\s+(.+)$/gm)].flatMap(match =>
    (match[1] as string).split(',').map(platform => platform.trim().replace(/\*$/, ''))
  )
  return { builder: name, platforms: [...new Set(platforms.filter(Boolean))] }
}

/** Removes the tags a run made; the images go with them unless something else still uses them. */
export async function removeTags(
  tags: readonly string[],
  docker: DockerOptions = {}
): Promise<void> {
  if (tags.length > 0) await runDocker(['image', 'rm', ...tags], docker)
}
