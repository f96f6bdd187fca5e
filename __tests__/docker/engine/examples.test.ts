import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/engine/analyze.js'
import { runDocker } from '../../../src/tools/docker.js'
import { parseInputs } from '../../../src/core/inputs.js'
import { silentProgress } from '../../../src/engine/progress.js'
import type { MeasuredReport } from '../../../src/report/model.js'
import { expectSchemaValid } from '../../support/report-schema.js'
import { tagsOfRun } from '../../support/run-tags.js'

// The engine on the examples, with real buildx builds and real containers.

// Other suites build at the same time, so this one looks only at the tags of its own runs.
const runId = `examples-${process.pid}`

async function analyzeExample(name: string): Promise<MeasuredReport> {
  const inputs = parseInputs(input => (input === 'context' ? `examples/${name}` : ''))
  const report = await analyze(inputs, { progress: silentProgress, runId: `${runId}-${name}` })
  expectSchemaValid(report)
  if (report.kind !== 'measured')
    throw new Error(`examples/${name} did not build: ${report.failure.reason}`)
  return report
}

describe('examples/hello', () => {
  it('is over 500 MB, and its verified scratch alternative prints hello world under 2.5 MB', async () => {
    const report = await analyzeExample('hello')

    expect(report.image.size).toBeGreaterThan(500_000_000)
    expect(report.image.base?.image).toBe('golang:1.24')
    expect(report.alternative.status).toBe('verified')
    expect(report.alternative.image!.size).toBeLessThan(2_500_000)
    expect(report.alternative.summary).toMatch(/exited 0/)

    // Build the generated Dockerfile again by hand: what the user copies must print hello world.
    const tag = `gib-test-hello-alt:${process.pid}`
    const build = await runDocker(
      ['buildx', 'build', '--load', '-q', '-t', tag, '-f', '-', 'examples/hello'],
      {
        input: report.alternative.dockerfile
      }
    )
    expect(build.exitCode).toBe(0)
    const run = await runDocker(['run', '--rm', '--network', 'none', tag])
    await runDocker(['image', 'rm', tag])
    expect(run.stdout).toBe('hello world\n')
  }, 300_000)

  it('leaves no tags behind', async () => {
    expect(await tagsOfRun(runId)).toEqual([])
  })
})

describe('examples/http-server', () => {
  it('is verified over HTTP and far smaller on scratch', async () => {
    const report = await analyzeExample('http-server')

    expect(report.image.base?.image).toBe('alpine:3.20')
    expect(report.alternative.status).toBe('verified')
    expect(report.alternative.summary).toMatch(/GET \/ /)
    expect(report.alternative.image!.size).toBeLessThan(report.image.size)
  }, 300_000)
})
