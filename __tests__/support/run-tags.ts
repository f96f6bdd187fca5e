import { runDocker } from '../../src/tools/docker.js'

/**
 * The `go-image-budget:<runId>-…` tags an analysis with this run ID left in the engine. Other
 * suites build at the same time, so a test looks only at the tags of its own runs.
 */
export async function tagsOfRun(runId: string): Promise<string[]> {
  const images = await runDocker([
    'image',
    'ls',
    '--format',
    '{{.Repository}}:{{.Tag}}',
    'go-image-budget'
  ])
  return images.stdout.split('\n').filter(tag => tag.includes(`:${runId}-`))
}
