import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureImage } from '../../../src/measure/measure.js'
import { docker, runDocker } from '../../../src/tools/docker.js'

// `docker save NAME` without a tag writes every tag of the repository, in no fixed order: the
// measurement must read the one image the name means to the engine, as `docker run` takes it.

const repository = `image-name-test-${randomBytes(4).toString('hex')}`
const sizes = {
  get: async () => ({ compressedSize: 1, compressedSource: 'estimate' as const }),
  set: async () => {},
  executables: async () => undefined,
  setExecutables: async () => {}
}

async function build(tag: string, dockerfile: string): Promise<string> {
  const context = await mkdtemp(join(tmpdir(), 'image-name-'))
  try {
    await writeFile(join(context, 'Dockerfile'), dockerfile)
    await docker(['buildx', 'build', '--quiet', '--load', '--tag', tag, context])
  } finally {
    await rm(context, { recursive: true, force: true })
  }
  return (await docker(['image', 'inspect', '--format', '{{.Id}}', tag])).trim()
}

let latest: string
beforeAll(async () => {
  // Two tags of one repository (the other one first in the archive) that differ in what the report says: the user and the layers.
  latest = await build(`${repository}:latest`, 'FROM alpine:3.20\nUSER 1234\n')
  await build(
    `${repository}:alpha`,
    'FROM alpine:3.20\nRUN head -c 100000 /dev/zero > /other.bin\nUSER 4321\n'
  )
}, 120_000)

afterAll(async () => {
  await runDocker(['image', 'rm', `${repository}:latest`, `${repository}:alpha`])
})

describe('an image named without a tag', () => {
  it('is measured as the latest tag, every time', async () => {
    for (let i = 0; i < 3; i++) {
      const image = await measureImage(repository, { cache: sizes })
      expect(image.id).toBe(latest)
      expect(image.surface?.user).toBe('1234')
      expect(image.layers).toHaveLength(1)
    }
  }, 60_000)

  it('is found by its short ID as well', async () => {
    const image = await measureImage(latest.slice('sha256:'.length, 'sha256:'.length + 12), {
      cache: sizes
    })
    expect(image.id).toBe(latest)
  }, 60_000)
})
