import * as core from '@actions/core'
import { periodicProgressLines, type Progress } from '../engine/progress.js'
import { runDocker } from '../tools/docker.js'

/**
 * The engine's progress as the runner shows it: one foldable group per phase, and inside the
 * measurement a plain line every 10 s (the log has no live line to redraw).
 */
export const actionsProgress: Progress = {
  group: (title, work) => core.group(title, work),
  info: line => core.info(line),
  output: chunk => process.stdout.write(chunk),
  measuring: periodicProgressLines(line => core.info(`Measuring: ${line}`))
}

/** Docker and buildx versions first, so a failed run can be read top down. */
export async function logDockerVersions(): Promise<void> {
  await core.group('Docker info', async () => {
    const commands = [
      ['version', '--format', '{{.Server.Version}}'],
      ['buildx', 'version']
    ]
    const results = await Promise.all(commands.map(args => runDocker(args)))
    results.forEach((result, index) =>
      core.info(`docker ${commands[index]![0]}: ${(result.stdout || result.stderr).trim()}`)
    )
  })
}
