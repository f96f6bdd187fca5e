import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { FakeGitHub } from '../support/github-server.js'
import { pullRequestEvent, runAction, type ActionRun } from '../support/run-action.js'
import { runDocker } from '../../src/tools/docker.js'

// build-push-action's build inputs and an image built earlier in the job, through the bundled
// action: a secret mount, an ssh agent, and an image the action measures without building it.
jest.setTimeout(600_000)

const exec = promisify(execFile)
const PR = 21
const github = new FakeGitHub()
let toolCache: string

beforeAll(async () => {
  await github.start()
  toolCache = await mkdtemp(path.join(tmpdir(), 'gib-tool-cache-'))
})
afterAll(() => github.stop())

// BuildKit caches a RUN step whatever its secret or ssh mount gave it, so every run builds afresh
// (no-cache, as in build-push-action): a step that passes here had what it mounts.
function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    inputs: { 'github-token': 'ghs_build-inputs', 'no-cache': 'true', ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent(PR),
    apiUrl: github.url,
    env: { RUNNER_TOOL_CACHE: toolCache, ...env }
  })
}

/** Every file under a folder, as text. */
async function filesUnder(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(
    entries
      .filter(entry => entry.isFile())
      .map(entry => readFile(path.join(entry.parentPath, entry.name), 'utf8'))
  )
  return texts.join('\n')
}

/** Everything a run leaves for anyone to read, the masking line of the log aside. */
async function everythingPublished(result: ActionRun, masked: string): Promise<string> {
  const log = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter(line => line !== `::add-mask::${masked}`)
    .join('\n')
  return [
    log,
    result.summary,
    JSON.stringify(result.outputs),
    await readFile(result.outputs.report!, 'utf8'),
    await filesUnder(result.outputs['comment-bundle']!),
    ...github.commentsOn(PR).map(comment => comment.body)
  ].join('\n')
}

describe('secrets', () => {
  it('builds a required secret mount, verifies the alternative, and shows the value nowhere', async () => {
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`
    const netrc = `machine git.example.com login gib password ${secret}`
    const result = await run({
      context: '__tests__/e2e/fixtures/private-module',
      secrets: `netrc=${netrc}`
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs['alternative-status']).toBe('verified')
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
    expect(report.alternative.dockerfile).toContain(
      '--mount=type=secret,id=netrc,target=/root/.netrc,required=true'
    )
    // Masked in the log by the runner, and written nowhere else.
    expect(result.stdout).toContain(`::add-mask::${netrc}`)
    const published = await everythingPublished(result, netrc)
    expect(published).toContain('| Scratch alternative |')
    expect(published).not.toContain(secret)
  })

  it('fails at the secret mount without it, as BuildKit does', async () => {
    const result = await run({ context: '__tests__/e2e/fixtures/private-module' })

    expect(result.exitCode).not.toBe(0)
    expect(result.summary).toContain('The image did not build')
    expect(result.summary).toMatch(/secret netrc/)
  })
})

describe('ssh', () => {
  let agent: { socket: string; pid: string; dir: string }

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gib-ssh-'))
    const socket = path.join(dir, 'agent.sock')
    const started = await exec('ssh-agent', ['-s', '-a', socket])
    const pid = /SSH_AGENT_PID=(\d+)/.exec(started.stdout)![1]!
    const key = path.join(dir, 'id_ed25519')
    await exec('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key])
    await exec('ssh-add', [key], { env: { ...process.env, SSH_AUTH_SOCK: socket } })
    agent = { socket, pid, dir }
  })
  afterAll(async () => {
    process.kill(Number(agent.pid))
    await rm(agent.dir, { recursive: true, force: true })
  })

  it('forwards the job’s ssh agent with ssh: default, to the image and its alternative', async () => {
    const result = await run(
      { context: '__tests__/e2e/fixtures/ssh-module', ssh: 'default' },
      { SSH_AUTH_SOCK: agent.socket }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs['alternative-status']).toBe('verified')
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
    expect(report.alternative.dockerfile).toContain('--mount=type=ssh test -S')
  })

  it('does not build without it', async () => {
    const result = await run(
      { context: '__tests__/e2e/fixtures/ssh-module' },
      { SSH_AUTH_SOCK: agent.socket }
    )

    expect(result.exitCode).not.toBe(0)
    expect(result.summary).toContain('The image did not build')
  })
})

describe('image: an image built earlier in the job', () => {
  const context = '__tests__/e2e/fixtures/prebuilt'
  const name = `gib-e2e-prebuilt:${process.pid}`
  let id: string

  beforeAll(async () => {
    // What docker/build-push-action with load: true leaves in the engine.
    const built = await runDocker([
      'buildx',
      'build',
      '--load',
      '-q',
      '-t',
      name,
      '--build-arg',
      'RELEASE=1.4.2',
      context
    ])
    if (built.exitCode !== 0) throw new Error(built.stderr)
    id = (await runDocker(['image', 'inspect', '--format', '{{.Id}}', name])).stdout.trim()
  })
  afterAll(() => runDocker(['image', 'rm', name]))

  it('is an image the Dockerfile alone does not rebuild', async () => {
    const result = await run({ context })

    expect(result.exitCode).not.toBe(0)
    expect(result.summary).toContain('The image did not build')
  })

  it('is measured as it is, not built, and its alternative is built from the Dockerfile', async () => {
    const result = await run({ context, image: name })

    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain(`::group::Build ${context}/Dockerfile`)
    expect(result.stdout).toContain(`::group::Use the image ${name}`)
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
    expect(report.givenImage).toEqual({ name, id })
    expect(report.image.id).toBe(id)
    expect(report.alternative.status).toBe('verified')
    const line = `Measured the image \`${name}\` (\`${id.slice(0, 19)}\`) as the image input gave it: it was not built here.`
    expect(result.summary).toContain(line)
    expect(github.commentsOn(PR).at(-1)!.body).toContain(line)
    // The image is the user's: the run leaves it where it was.
    expect((await runDocker(['image', 'inspect', name])).exitCode).toBe(0)
  })

  it('refuses a name the engine does not have before building anything, saying how to load it', async () => {
    const result = await run({ context, image: 'gib-e2e-not-loaded:nope' })

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain(
      '::error::image: the Docker engine has no image "gib-e2e-not-loaded:nope". Load it before this step: docker/build-push-action with load: true (and the same name in its tags), or docker pull gib-e2e-not-loaded:nope'
    )
    expect(result.stdout).not.toContain('::group::Build')
    expect(result.stdout).not.toMatch(/\n\s+at /)
  })
})
