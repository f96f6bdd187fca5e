import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureImageAndFilesystem, type FilesystemFacts } from '../../../src/measure/index.js'
import { docker, runDocker, type DockerOptions } from '../../../src/tools/docker.js'

// The directories and /etc/passwd of a real image's final filesystem, read in the measuring pass,
// as overlayfs stacks its layers: whiteouts, chown and chmod in later layers, on both image stores.

const classic: DockerOptions = {}
const containerd: DockerOptions = {
  env: { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' }
}
const tag = `filesystem-facts-test:${randomBytes(4).toString('hex')}`
const built: DockerOptions[] = []

const dockerfile = `FROM alpine:3.20
RUN adduser -D -u 10001 app && mkdir -p /data/old /srv && chmod 1777 /data/old
RUN chown app /data && rm -r /data/old && chmod 0777 /srv
USER app
WORKDIR /var/lib/app
`

async function build(engine: DockerOptions): Promise<void> {
  const context = await mkdtemp(join(tmpdir(), 'filesystem-facts-'))
  try {
    await writeFile(join(context, 'Dockerfile'), dockerfile)
    await docker(['buildx', 'build', '--quiet', '--tag', tag, context], {
      ...engine,
      timeoutMs: 120_000
    })
    built.push(engine)
  } finally {
    await rm(context, { recursive: true, force: true })
  }
}

const facts: FilesystemFacts[] = []

beforeAll(async () => {
  await Promise.all([build(classic), build(containerd)])
  for (const engine of [classic, containerd]) {
    const read = await measureImageAndFilesystem(tag, { docker: engine, baseImage: 'alpine:3.20' })
    facts.push(read.filesystem)
  }
}, 300_000)

afterAll(async () => {
  for (const engine of built) await runDocker(['image', 'rm', '--force', tag], engine)
})

describe("an image's final filesystem", () => {
  const directory = (path: string) => facts[0]!.directories.find(d => d.path === path)

  it('reads the same on the classic and the containerd image store', () => {
    expect(facts[1]).toEqual(facts[0])
  })

  it('has the owners and modes the later layers gave, and not what they deleted', () => {
    expect(directory('/data')).toMatchObject({ uid: 10001, gid: 0, mode: 0o755, fromBase: false })
    expect(directory('/data/old')).toBeUndefined()
    expect(directory('/srv')).toMatchObject({ uid: 0, mode: 0o777, fromBase: false })
    expect(directory('/home/app')).toMatchObject({ uid: 10001, gid: 10001 })
    // BuildKit makes a WORKDIR after USER for that user.
    expect(directory('/var/lib/app')).toMatchObject({ uid: 10001, gid: 10001 })
    expect(directory('/tmp')).toMatchObject({ uid: 0, mode: 0o1777, fromBase: true })
  })

  it("keeps the text of /etc/passwd and /etc/group as the image's last layer left them", () => {
    const passwd = facts[0]!.files.find(f => f.path === '/etc/passwd')
    expect(passwd && 'text' in passwd && passwd.text).toContain('app:x:10001:10001::/home/app:')
    expect(facts[0]!.files.map(f => f.path)).toEqual(['/etc/passwd', '/etc/group'])
  })
})
