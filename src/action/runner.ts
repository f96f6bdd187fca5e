import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { runDocker } from '../tools/docker.js'
import { parseInputs, type Inputs } from '../core/inputs.js'
import type { Progress } from '../engine/progress.js'

// The parts of a run that only exist on an Actions runner: inputs, log groups, temp dir, job summary.

export function readInputs(): Inputs {
  const inputs = parseInputs(name => core.getInput(name))
  // Masked in every log line from here on, whatever prints it.
  if (inputs.githubToken) core.setSecret(inputs.githubToken)
  return inputs
}

export const actionsProgress: Progress = {
  group: (title, work) => core.group(title, work),
  info: line => core.info(line),
  output: chunk => process.stdout.write(chunk)
}

/** Where files of this run go: the runner's temp dir, which the runner empties after the job. */
export function runnerTemp(): string {
  return process.env.RUNNER_TEMP || tmpdir()
}

/** Docker and buildx versions first, so a failed run can be read top down. */
export async function logDockerVersions(): Promise<void> {
  await core.group('Docker info', async () => {
    for (const args of [
      ['version', '--format', '{{.Server.Version}}'],
      ['buildx', 'version']
    ]) {
      const result = await runDocker(args)
      core.info(`docker ${args[0]}: ${(result.stdout || result.stderr).trim()}`)
    }
  })
}

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}
