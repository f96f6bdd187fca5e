import { afterAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { InputError, parseInputs, type InputName } from '../../../src/core/inputs.js'
import { analyze } from '../../../src/engine/analyze.js'
import { silentProgress } from '../../../src/engine/progress.js'
import type { MeasuredReport } from '../../../src/report/model.js'

// cache-to and cache-from as build-push-action passes them, on both image stores: the classic
// store's docker driver refuses to export a cache, the containerd store's writes one.

const CONTAINERD = { env: { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' } }
const CLASSIC = { env: { DOCKER_HOST: 'unix:///var/run/docker.sock' } }
const dirs: string[] = []

afterAll(() => Promise.all(dirs.map(dir => rm(dir, { recursive: true, force: true }))))

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

/** A build whose last layer holds a random number drawn when its RUN step ran. */
async function randomLayerContext(): Promise<string> {
  const dir = await tempDir('gib-cache-context-')
  await writeFile(
    path.join(dir, 'Dockerfile'),
    'FROM busybox:latest\nARG NONCE\nRUN echo "$NONCE $RANDOM $RANDOM" > /drawn\n'
  )
  return dir
}

async function measure(
  context: string,
  values: Partial<Record<InputName, string>>,
  docker: typeof CLASSIC
): Promise<MeasuredReport> {
  const inputs = parseInputs(name => ({ context, alternative: 'none', ...values })[name] ?? '')
  const report = await analyze(inputs, { progress: silentProgress, docker })
  if (report.kind !== 'measured') throw new Error(`did not build: ${report.failure.reason}`)
  return report
}

describe('cache-to and cache-from type=local', () => {
  it('round-trips: what the containerd store exports, another engine builds from', async () => {
    const context = await randomLayerContext()
    const cache = path.join(await tempDir('gib-cache-'), 'cache')
    const nonce = `NONCE=${randomBytes(8).toString('hex')}`

    const exported = await measure(
      context,
      { 'build-args': nonce, 'cache-to': `type=local,dest=${cache},mode=max` },
      CONTAINERD
    )
    await access(path.join(cache, 'index.json'))
    // The classic engine never ran this step: the same layer can only come from the cache.
    const imported = await measure(
      context,
      { 'build-args': nonce, 'cache-from': `type=local,src=${cache}` },
      CLASSIC
    )
    // And the draw is a fresh one whenever the step runs: no-cache runs it again.
    const fresh = await measure(context, { 'build-args': nonce, 'no-cache': 'true' }, CLASSIC)

    expect(imported.image.layers.at(-1)!.diffId).toBe(exported.image.layers.at(-1)!.diffId)
    expect(fresh.image.layers.at(-1)!.diffId).not.toBe(exported.image.layers.at(-1)!.diffId)
  }, 300_000)

  it('is refused on the classic store, naming the input and what to do', async () => {
    const context = await randomLayerContext()
    const cache = path.join(await tempDir('gib-cache-'), 'cache')

    const refused = measure(context, { 'cache-to': `type=local,dest=${cache}` }, CLASSIC)

    await expect(refused).rejects.toThrow(InputError)
    await expect(refused).rejects.toThrow(
      /^cache-to: the builder \(the docker driver on the classic image store\) cannot export a build cache.*docker\/setup-buildx-action.*containerd image store.*leave cache-to out$/
    )
  }, 120_000)
})
