import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localImageFilesystem } from '../../../src/measure/local-filesystem.js'
import { measureImageAndFilesystem } from '../../../src/measure/measure.js'
import { docker } from '../../../src/tools/docker.js'

// The look ahead at an image the engine already has (the final stage's base, read before the
// image is built): the same directories and files the measurement reads, and nothing left behind.

const tag = `local-filesystem-test:${randomBytes(4).toString('hex')}`
let id: string

beforeAll(async () => {
  const context = await mkdtemp(join(tmpdir(), 'local-filesystem-'))
  try {
    await writeFile(
      join(context, 'Dockerfile'),
      'FROM alpine:3.20\nRUN adduser -D -h /home/app app && mkdir /data && chown app /data\nUSER app\n'
    )
    await docker(['buildx', 'build', '--quiet', '--load', '--tag', tag, context])
  } finally {
    await rm(context, { recursive: true, force: true })
  }
  id = (await docker(['image', 'inspect', '--format', '{{.Id}}', tag])).trim()
}, 120_000)

afterAll(async () => {
  await docker(['image', 'rm', '--force', tag]).catch(() => undefined)
})

describe('localImageFilesystem', () => {
  it('reads what the measurement reads, every directory as the image left it', async () => {
    const read = await localImageFilesystem(tag)
    const measured = (await measureImageAndFilesystem(tag, { baseImage: tag })).filesystem
    if (!read) throw new Error('the image was not read')

    expect(read.files).toEqual(measured.files)
    expect(read.files.find(file => file.path === '/etc/passwd')).toEqual({
      path: '/etc/passwd',
      text: expect.stringContaining('app:x:1000:1000::/home/app:/bin/sh')
    })
    // The export also lists the mount points docker makes for any container (/dev, /proc, /sys).
    expect(read.directories).toEqual(expect.arrayContaining(measured.directories))
    expect(read.directories).toContainEqual({
      path: '/data',
      uid: 1000,
      gid: 0,
      mode: 0o755,
      fromBase: true
    })
    expect(read.directories.every(directory => directory.fromBase)).toBe(true)
    expect(await docker(['ps', '--all', '--quiet', '--filter', `ancestor=${id}`])).toBe('')
  }, 60_000)

  it('reads nothing of an image the engine does not have', async () => {
    expect(await localImageFilesystem(`${tag}-absent`)).toBeUndefined()
  }, 30_000)

  it('reads nothing of an image over the size it reads', async () => {
    expect(await localImageFilesystem(tag, {}, 1000)).toBeUndefined()
    expect(await docker(['ps', '--all', '--quiet', '--filter', `ancestor=${id}`])).toBe('')
  }, 30_000)
})
