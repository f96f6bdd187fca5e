import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runDocker, type DockerOptions } from './docker.js'
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
}

export type BuildOutcome =
  { ok: true; tag: string; imageId: string } | { ok: false; failure: BuildFailure; log: string }

/** Builds one image with `docker buildx build --load`. A failed build is an outcome, not an exception. */
export async function buildImage(
  request: BuildRequest,
  docker: DockerOptions = {}
): Promise<BuildOutcome> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'go-image-budget-'))
  const iidfile = path.join(scratch, 'iid')
  try {
    const result = await runDocker(buildArgs(request, iidfile), {
      ...docker,
      input: request.dockerfile,
      onStderr: request.onLog
    })
    if (result.exitCode !== 0) {
      const log = result.stderr
      return { ok: false, failure: summarizeBuildFailure(log), log }
    }
    return { ok: true, tag: request.tag, imageId: (await readFile(iidfile, 'utf8')).trim() }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The exact argument list, exported so tests and the benchmark run the same command. */
export function buildArgs(request: BuildRequest, iidfile?: string): string[] {
  const args = ['buildx', 'build', '--load', '--progress', 'plain', '--tag', request.tag]
  args.push('--file', request.dockerfile === undefined ? request.file : '-')
  if (request.builder) args.push('--builder', request.builder)
  if (request.target) args.push('--target', request.target)
  if (request.platform) args.push('--platform', request.platform)
  if (request.pull) args.push('--pull', '--no-cache')
  if (iidfile) args.push('--iidfile', iidfile)
  for (const [key, value] of Object.entries(request.buildArgs))
    args.push('--build-arg', `${key}=${value}`)
  args.push(request.context)
  return args
}

/** Removes the tags a run made; the images go with them unless something else still uses them. */
export async function removeTags(
  tags: readonly string[],
  docker: DockerOptions = {}
): Promise<void> {
  if (tags.length > 0) await runDocker(['image', 'rm', ...tags], docker)
}
