import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { docker, type DockerOptions } from '../../../src/tools/docker.js'
import { VerificationStopped, verifyParity } from '../../../src/verify/parity.js'
import type { ParityOptions } from '../../../src/verify/types.js'

const fixtures = fileURLToPath(new URL('./verify-fixtures/', import.meta.url))
const run = randomBytes(4).toString('hex')
const repo = `go-image-budget-verify-test-${run}`
const namePrefix = `gib-verify-test-${run}`
const tag = (name: string): string => `${repo}:${name}`

const options = (overrides: Partial<ParityOptions> = {}): ParityOptions => ({
  args: ['world'],
  path: '/',
  timeoutMs: 10_000,
  namePrefix,
  ...overrides
})

const containerdStore: DockerOptions = {
  env: { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' }
}

async function build(
  name: string,
  dir: string,
  buildArgs: string[] = [],
  engine: DockerOptions = {},
  target?: string
): Promise<void> {
  const flags = [
    ...buildArgs.flatMap(arg => ['--build-arg', arg]),
    ...(target ? ['--target', target] : [])
  ]
  const args = ['build', '--quiet', '--label', `variant=${name}`, ...flags, '-t', tag(name), dir]
  await docker(args, engine)
}

async function removeTestImages(engine: DockerOptions = {}): Promise<void> {
  const images = (
    await docker(['images', '--quiet', '--filter', `reference=${repo}`], engine)
  ).trim()
  if (images !== '') await docker(['rmi', '--force', ...new Set(images.split('\n'))], engine)
}

async function leftoverContainers(engine: DockerOptions = {}): Promise<string> {
  const listed = await docker(['ps', '--all', '--quiet', '--filter', `name=${namePrefix}`], engine)
  return listed.trim()
}

beforeAll(async () => {
  const shell = `${fixtures}shell`
  const server = `${fixtures}http-server`
  await Promise.all([
    (async () => {
      for (const mode of ['hello', 'goodbye', 'fail', 'crash', 'idle'])
        await build(mode, shell, [`MODE=${mode}`])
      await build('hello-again', shell, ['MODE=hello'])
      await build('idle-again', shell, ['MODE=idle'])
      await build('dynamic', `${fixtures}dynamic-binary`)
    })(),
    (async () => {
      // the Go build runs once; the other tags reuse its cached stage
      await build('http-200', server)
      await build('http-200-again', server)
      await build('http-404', server, ['STATUS=404'])
      await build('unexposed-9090', server, ['LISTEN=:9090'], {}, 'unexposed')
      await build('unexposed-9090-again', server, ['LISTEN=:9090'], {}, 'unexposed')
      await build('unexposed-9091', server, ['LISTEN=:9091'], {}, 'unexposed')
      await build('unexposed-404', server, ['LISTEN=:9090', 'STATUS=404'], {}, 'unexposed')
      await build('loopback-only', server, ['LISTEN=127.0.0.1:9090'], {}, 'unexposed')
    })()
  ])
}, 180_000)

afterEach(async () => {
  expect(await leftoverContainers()).toBe('')
})

afterAll(async () => {
  await removeTestImages()
  await removeTestImages(containerdStore)
}, 60_000)

describe('verifyParity on programs that exit', () => {
  it('verifies the same exit code and output, passing args after the entrypoint', async () => {
    expect(await verifyParity(tag('hello'), tag('hello-again'), options())).toEqual({
      status: 'verified',
      summary: 'both exited 0 with the same output (12 bytes)'
    })
  }, 30_000)

  it('reports a different stdout', async () => {
    const result = await verifyParity(tag('hello'), tag('goodbye'), options())
    expect(result.status).toBe('differs')
    if (result.status !== 'differs') throw new Error('unreachable')
    expect(result.summary).toBe('stdout differs (both exited 0)')
    expect(result.differences.join('\n')).toContain('- hello world\n+ goodbye world')
  }, 30_000)

  it('reports a different exit code, with stderr', async () => {
    const result = await verifyParity(tag('hello'), tag('fail'), options())
    expect(result.status).toBe('differs')
    if (result.status !== 'differs') throw new Error('unreachable')
    expect(result.summary).toBe('exit codes differ (original 0, alternative 3)')
    expect(result.differences.join('\n')).toContain('+ something went wrong')
  }, 30_000)

  it('reports an alternative whose binary cannot be executed as did-not-start', async () => {
    const result = await verifyParity(tag('hello'), tag('dynamic'), options())
    expect(result.status).toBe('did-not-start')
    if (result.status !== 'did-not-start') throw new Error('unreachable')
    expect(result.logTail).toContain('no such file or directory')
  }, 30_000)

  it('says so when the original itself does not start', async () => {
    const result = await verifyParity(tag('dynamic'), tag('hello'), options())
    expect(result.status).toBe('differs')
    expect(result.summary).toMatch(/^the original image did not start/)
  }, 30_000)

  it('reports an image docker cannot run at all as did-not-start', async () => {
    const result = await verifyParity(tag('hello'), tag('no-such-image'), options())
    expect(result.status).toBe('did-not-start')
    expect(result.summary).toMatch(/^the alternative did not start: /)
  }, 30_000)
})

describe('verifyParity on servers', () => {
  it('verifies two servers on the EXPOSEd port over HTTP', async () => {
    expect(await verifyParity(tag('http-200'), tag('http-200-again'), options())).toEqual({
      status: 'verified',
      summary: 'both serve GET / with 200'
    })
  }, 30_000)

  it('reports a server that answers 404 where the original answers 200', async () => {
    const result = await verifyParity(tag('http-200'), tag('http-404'), options({ path: 'health' }))
    expect(result.status).toBe('differs')
    if (result.status !== 'differs') throw new Error('unreachable')
    expect(result.summary).toBe('GET /health: the original answered 200, the alternative 404')
    expect(result.differences).toContain('alternative body:\nstatus 404')
  }, 30_000)

  it('reports an alternative that crashes on start with the end of its log', async () => {
    const result = await verifyParity(tag('http-200'), tag('crash'), options())
    expect(result).toEqual({
      status: 'did-not-start',
      summary: 'the original keeps running but the alternative exited with code 2',
      logTail: 'starting\npanic: boom'
    })
  }, 30_000)

  it('calls two containers that keep running on no port started, never verified', async () => {
    const result = await verifyParity(tag('idle'), tag('idle-again'), options({ timeoutMs: 3000 }))
    expect(result.status).toBe('started')
    expect(result.summary).toMatch(
      /^both still running after 3(\.\d)? s; the original listens on no TCP port, so there was nothing to compare$/
    )
  }, 30_000)
})

describe('verifyParity on servers that EXPOSE nothing', () => {
  it('finds the port the original listens on and probes it on both', async () => {
    expect(
      await verifyParity(tag('unexposed-9090'), tag('unexposed-9090-again'), options())
    ).toEqual({ status: 'verified', summary: 'both serve GET / with 200' })
    const result = await verifyParity(tag('unexposed-9090'), tag('unexposed-404'), options())
    expect(result.summary).toBe('GET /: the original answered 200, the alternative 404')
  }, 30_000)

  it('reports an alternative that does not listen where the original does', async () => {
    const result = await verifyParity(tag('unexposed-9090'), tag('unexposed-9091'), options())
    expect(result).toEqual({
      status: 'differs',
      summary: 'the original listens on port 9090 but the alternative, still running, does not',
      differences: ['original listens on: port 9090', 'alternative listens on: port 9091']
    })
  }, 30_000)

  it('calls servers that listen only on their own loopback started, and says why', async () => {
    const result = await verifyParity(tag('loopback-only'), tag('loopback-only'), options())
    expect(result.status).toBe('started')
    expect(result.summary).toContain(
      'the original listens only on its own loopback (port 9090), which cannot be reached from outside its container'
    )
  }, 30_000)
})

describe('verifyParity time limits', () => {
  it('stops waiting for an alternative that never exits', async () => {
    const started = Date.now()
    const result = await verifyParity(tag('hello'), tag('idle'), options({ timeoutMs: 3000 }))
    expect(result.status).toBe('differs')
    expect(result.summary).toMatch(/^the original exited with code 0 but the alternative was still/)
    expect(Date.now() - started).toBeLessThan(8000)
  }, 30_000)

  it('stops probing an alternative that never answers on the port', async () => {
    const started = Date.now()
    const result = await verifyParity(tag('http-200'), tag('idle'), options({ timeoutMs: 3000 }))
    expect(result.status).toBe('differs')
    expect(result.summary).toBe(
      'the original serves GET / with 200 but the alternative, still running, did not answer on port 8080'
    )
    // the first 1.5 s decide it is a server; the probing run has its own 3 s limit
    expect(Date.now() - started).toBeLessThan(11_000)
  }, 30_000)
})

describe('verifyParity stopped', () => {
  // Unstopped, the idle alternative would keep the verification waiting for a minute.
  it.each([
    ['before anything starts', 0],
    ['while the runs settle', 400],
    ['while a run is probed', 2500]
  ])(
    'ends soon, with no verdict and no container left, when stopped %s',
    async (_when, ms) => {
      const stop = new AbortController()
      const started = Date.now()
      const verdict = verifyParity(
        tag('http-200'),
        tag('idle'),
        options({ timeoutMs: 60_000 }),
        {},
        stop.signal
      )
      setTimeout(() => stop.abort(), ms)
      await expect(verdict).rejects.toBeInstanceOf(VerificationStopped)
      expect(Date.now() - started).toBeLessThan(ms + 10_000)
    },
    90_000
  )
})

describe('verifyParity on another engine', () => {
  it('runs both images on the engine DockerOptions points at', async () => {
    await build('hello', `${fixtures}shell`, ['MODE=hello'], containerdStore)
    await build('goodbye', `${fixtures}shell`, ['MODE=goodbye'], containerdStore)
    const result = await verifyParity(tag('hello'), tag('goodbye'), options(), containerdStore)
    expect(result.summary).toBe('stdout differs (both exited 0)')
    expect(await leftoverContainers(containerdStore)).toBe('')
  }, 60_000)
})
