import type { Inputs } from '../core/inputs.js'
import { goBuildsOfDryRun, stripAdvice } from '../dockerfile/find/make-output.js'
import type { Finding, MakeDryRun } from '../dockerfile/types.js'
import { buildImage } from '../tools/buildx.js'
import { runDocker, type DockerOptions } from '../tools/docker.js'
import { writtenBuildRequest } from './build-request.js'

const DRY_RUN_TIMEOUT_MS = 60_000

/**
 * Runs `make -n` in an image of the stage that runs make (built from the original's own lines,
 * so from the build cache), with no network, and says which Makefile line should get `-s -w`.
 * Undefined when make printed no go build, or the dry run could not run: the advice without it
 * is already in the warnings.
 */
export async function makeDryRunAdvice(
  inputs: Inputs,
  dryRun: MakeDryRun,
  tag: string,
  onTagged: (tag: string) => void,
  docker?: DockerOptions
): Promise<Finding | undefined> {
  const built = await buildImage(writtenBuildRequest(inputs, tag, dryRun.dockerfile), docker)
  if (!built.ok) return undefined
  onTagged(tag)
  const run = await runDocker(
    [
      'run',
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      'sh',
      '--workdir',
      dryRun.workdir,
      tag
    ].concat(['-c', dryRun.command]),
    { ...docker, timeoutMs: DRY_RUN_TIMEOUT_MS }
  )
  if (run.exitCode !== 0) return undefined
  const advice = stripAdvice(
    goBuildsOfDryRun(run.stdout, dryRun.workdir),
    dryRun.sources,
    dryRun.command
  )
  return advice ? { line: dryRun.line, message: advice } : undefined
}
