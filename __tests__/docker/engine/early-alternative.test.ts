import { describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { execFile } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseInputs, type InputName } from '../../../src/core/inputs.js'
import { analyze } from '../../../src/engine/analyze.js'
import { buildRequest } from '../../../src/engine/build-request.js'
import { startEarlyAlternative } from '../../../src/engine/early-alternative.js'
import type { Progress } from '../../../src/engine/progress.js'
import { scanGoSources } from '../../../src/go-source/scan.js'
import { buildImage, removeTags } from '../../../src/tools/buildx.js'
import { FIXTURES_DIR } from '../../fixtures/index.js'
import { expectSchemaValid } from '../../support/report-schema.js'
import { tagsOfRun } from '../../support/run-tags.js'

// The alternative's build that starts beside the image's, with real builds: taken when the
// measurement leaves the plan as it was, built again when it does not, stopped when the image's
// own build fails. Other suites build at the same time, so only this suite's tags are looked at.
const runId = `early-${process.pid}`

function inputsFor(context: string, more: Partial<Record<InputName, string>> = {}) {
  const raw: Partial<Record<InputName, string>> = { context, ...more }
  return parseInputs(name => raw[name] ?? '')
}

/** A Progress that keeps what the run says, to read which build the alternative came from. */
function recordingProgress(): Progress & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    group: (_title, work) => work(),
    info: line => void lines.push(line),
    output: () => undefined
  }
}

/** Whether a process of this machine has MARKER in its command line (the build runs here). */
function pgrep(marker: string): Promise<boolean> {
  return new Promise(resolve => execFile('pgrep', ['-f', marker], error => resolve(!error)))
}

/** A copy of a fixture, so that a test may change its Go source without touching the fixture. */
async function copyOf(fixture: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gib-early-'))
  await cp(path.join(FIXTURES_DIR, fixture), dir, { recursive: true })
  return dir
}

describe('the alternative built beside the image', () => {
  it('is the alternative when the measurement leaves the plan as it was', async () => {
    const progress = recordingProgress()
    const context = path.join(FIXTURES_DIR, 'alpine-multistage')
    const report = await analyze(inputsFor(context), { progress, runId: `${runId}-same` })
    expectSchemaValid(report)
    if (report.kind !== 'measured') throw new Error(report.failure.reason)

    expect(report.alternative.status).toBe('verified')
    expect(report.alternative.dockerfile).toBe(
      await readFile(path.join(context, 'expected.Dockerfile'), 'utf8')
    )
    expect(progress.lines).toContain('Built beside the image, from this same Dockerfile:')
    expect(await tagsOfRun(`${runId}-same`)).toEqual([])
  }, 300_000)

  it("reads the final stage's base first, when the engine has it, to plan as the measurement will", async () => {
    // alpine's /etc/passwd gives nobody the home `/`, which the Dockerfile alone does not tell.
    const progress = recordingProgress()
    const context = path.join(FIXTURES_DIR, 'writes-nowhere')
    const report = await analyze(inputsFor(context), { progress, runId: `${runId}-base` })
    if (report.kind !== 'measured') throw new Error(report.failure.reason)

    expect(report.alternative.status).toBe('verified')
    expect(report.alternative.dockerfile).toBe(
      await readFile(path.join(context, 'expected.Dockerfile'), 'utf8')
    )
    expect(report.alternative.dockerfile).toContain('nobody:x:65534:65534:nobody:/:/sbin/nologin')
    expect(progress.lines).toContain('Built beside the image, from this same Dockerfile:')
    expect(await tagsOfRun(`${runId}-base`)).toEqual([])
  }, 300_000)

  it('is built again when what the measurement read changes the plan', async () => {
    // The user the image runs as, and the directory it owns, are read from its filesystem.
    const progress = recordingProgress()
    const context = path.join(FIXTURES_DIR, 'writes-owned-data')
    const report = await analyze(inputsFor(context), { progress, runId: `${runId}-changed` })
    expectSchemaValid(report)
    if (report.kind !== 'measured') throw new Error(report.failure.reason)

    expect(report.alternative.status).toBe('verified')
    expect(report.alternative.dockerfile).toBe(
      await readFile(path.join(context, 'expected.Dockerfile'), 'utf8')
    )
    expect(progress.lines.join('\n')).toMatch(/changed the plan, so the alternative is built again/)
    expect(progress.lines).not.toContain('Built beside the image, from this same Dockerfile:')
    expect(await tagsOfRun(`${runId}-changed`)).toEqual([])
  }, 300_000)

  it('is measured and run beside the image once both are built', async () => {
    const context = path.join(FIXTURES_DIR, 'alpine-multistage')
    const inputs = inputsFor(context)
    const dockerfile = await readFile(path.join(context, 'Dockerfile'), 'utf8')
    const original = `go-image-budget:${runId}-checked-original`
    const early = startEarlyAlternative(
      inputs,
      dockerfile,
      await scanGoSources(context),
      `go-image-budget:${runId}-checked-scratch`
    )
    if (!early) throw new Error('the fixture should have an early alternative')
    try {
      const built = await buildImage(buildRequest(inputs, original))
      expect(built.ok).toBe(true)
      early.check(original)
      const checks = await early.checked()

      expect(checks?.parity.status).toBe('verified')
      // The scratch stage's three COPYs, and the server among the files they bring.
      expect(checks?.image.layers).toHaveLength(3)
      expect(checks?.image.binaries?.map(binary => binary.path)).toEqual(['/usr/local/bin/server'])
    } finally {
      await early.stop()
      await removeTags(await tagsOfRun(`${runId}-checked`))
    }
    expect(await tagsOfRun(`${runId}-checked`)).toEqual([])
  }, 300_000)

  it('is stopped, and leaves no image, when the image fails to build', async () => {
    // The final stage fails at once, while the alternative's go build waits two minutes first:
    // the run can end within the test's time only if the early build stops. The step is the
    // alternative's own (its go build is rewritten), not one BuildKit shares between the builds,
    // which it may let run on once both are gone.
    const context = await copyOf('alpine-multistage')
    const marker = `gib-early-${runId}-failed-${Date.now()}`
    const dockerfile = (await readFile(path.join(context, 'Dockerfile'), 'utf8'))
      .replace(/^RUN go build (.*)$/m, `RUN sleep 120 && go build $1 # ${marker}`)
      .replace(/^FROM alpine.*$/m, `$&\nRUN echo "no such step" && exit 3`)
    await writeFile(path.join(context, 'Dockerfile'), dockerfile)
    const report = await analyze(inputsFor(context), {
      progress: recordingProgress(),
      runId: `${runId}-failed`
    })

    expect(report.kind).toBe('build-failed')
    expect(await tagsOfRun(`${runId}-failed`)).toEqual([])
    while (await pgrep(marker)) await sleep(200)
  }, 100_000)

  it('stops the build it started when it is stopped', async () => {
    // A step that would run for two minutes, seen from this machine's process table.
    const context = await copyOf('alpine-multistage')
    const marker = `gib-early-${runId}-${Date.now()}`
    const dockerfile = (await readFile(path.join(context, 'Dockerfile'), 'utf8')).replace(
      /^FROM golang.*$/m,
      `$&\nRUN sleep 120 # ${marker}`
    )
    const running = () => pgrep(marker)
    const early = startEarlyAlternative(
      inputsFor(context),
      dockerfile,
      await scanGoSources(context),
      `go-image-budget:${runId}-stopped-scratch`
    )
    if (!early) throw new Error('the fixture should have an early alternative')
    while (!(await running())) await sleep(200)
    const stopped = early.stop()
    const { outcome, log } = await early.ended
    await stopped

    expect(outcome.ok).toBe(false)
    expect(log).toMatch(/CANCELED|context canceled/)
    while (await running()) await sleep(200)
    expect(await tagsOfRun(`${runId}-stopped`)).toEqual([])
  }, 100_000)
})
