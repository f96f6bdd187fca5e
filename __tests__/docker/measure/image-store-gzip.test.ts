import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'pako'
import { docker, runDocker, type DockerOptions } from '../../../src/tools/docker.js'
import { fileSizeCache } from '../../../src/measure/cache.js'
import { measureImage } from '../../../src/measure/measure.js'

// How close our compressed sizes come to what gzip tools and a registry would see for the very same
// layer tars, which these tests pull out of `docker save` with tar.

const sh = promisify(execFile)
const containerd: DockerOptions = {
  env: { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' }
}
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'image-store-gzip-'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

/** Saves an image and unpacks the archive; returns the layer paths manifest.json lists. */
async function unpackSaved(image: string, engine: DockerOptions = {}): Promise<string[]> {
  const dir = join(work, randomBytes(4).toString('hex'))
  await sh('mkdir', ['-p', dir])
  await sh('sh', ['-c', 'docker save "$1" | tar -x -C "$2"', 'sh', image, dir], {
    env: { ...process.env, ...engine.env }
  })
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    Layers: string[]
  }[]
  return manifest[0]!.Layers.map(layer => join(dir, layer))
}

async function gzip6Bytes(file: string): Promise<number> {
  const { stdout } = await sh('sh', ['-c', 'gzip -6 < "$1" | wc -c', 'sh', file])
  return Number(stdout.trim())
}

const deviation = (ours: number, theirs: number): number => ours / theirs - 1
const percent = (value: number): string => `${(value * 100).toFixed(2)} %`

describe.each(['debian:bookworm-slim', 'alpine:3.20'])('the layers of %s', image => {
  it('compress within 1 % of gzip -6, and within 0.1 % of one-stream zlib', async () => {
    const [measured, layerFiles] = await Promise.all([measureImage(image), unpackSaved(image)])
    expect(measured.layers).toHaveLength(layerFiles.length)
    for (const [index, file] of layerFiles.entries()) {
      const layer = measured.layers[index]!
      expect(layer.size).toBe((await stat(file)).size)
      // The block-parallel method against canonical zlib in one stream: what splitting costs.
      const zlibWhole = gzip(await readFile(file), { level: 6, legacyHash: true }).length
      expect(Math.abs(deviation(layer.compressedSize, zlibWhole))).toBeLessThan(0.001)
      const gzip6 = await gzip6Bytes(file)
      const off = deviation(layer.compressedSize, gzip6)
      console.log(
        `${image} layer ${index}: ours ${layer.compressedSize}, gzip -6 ${gzip6} (${percent(off)})`
      )
      expect(Math.abs(off)).toBeLessThan(0.01)
    }
  }, 180_000)
})

describe('a layer as a registry would store it', () => {
  const tag = `image-store-gzip-test:${randomBytes(4).toString('hex')}`

  afterAll(async () => {
    await runDocker(['image', 'rm', '--force', tag], containerd)
  })

  it('is a little below the gzip blob BuildKit writes for it, as gzip -6 is', async () => {
    // BuildKit on the containerd store keeps layers as the gzip blobs it would push.
    const context = join(work, 'registry-context')
    await sh('mkdir', ['-p', context])
    await writeFile(
      join(context, 'Dockerfile'),
      'FROM scratch\nCOPY --from=debian:bookworm-slim / /\n'
    )
    await docker(['buildx', 'build', '--quiet', '--tag', tag, context], {
      ...containerd,
      timeoutMs: 180_000
    })
    const [blob] = await unpackSaved(tag, containerd)
    const blobBytes = (await stat(blob!)).size
    const { stdout } = await sh('sh', ['-c', 'gunzip < "$1" | gzip -6 | wc -c', 'sh', blob!])
    const gzip6 = Number(stdout.trim())
    const measured = await measureImage(tag, { docker: containerd })
    const ours = measured.layers[0]!.compressedSize
    console.log(
      `BuildKit blob ${blobBytes}; gzip -6 ${gzip6} (${percent(deviation(gzip6, blobBytes))}); ` +
        `ours ${ours} (${percent(deviation(ours, blobBytes))})`
    )
    // BuildKit compresses with Go's compress/flate, which at the default level wrote 1.7 % more
    // than zlib and gzip do; ours follows gzip -6, which anyone can check with one command.
    expect(Math.abs(deviation(ours, gzip6))).toBeLessThan(0.01)
    expect(deviation(ours, blobBytes)).toBeLessThan(0)
    expect(deviation(ours, blobBytes)).toBeGreaterThan(-0.025)
  }, 240_000)
})

describe('golang:1.24 (~760 MB, one layer)', () => {
  it('measures at size within bounded memory, and a cache makes the second run skip compression', async () => {
    const cacheDir = join(work, 'cache')
    let peakRss = 0
    const before = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25)
    const started = performance.now()
    const cold = await measureImage('golang:1.24', { cache: fileSizeCache(cacheDir) })
    const coldSeconds = (performance.now() - started) / 1000
    clearInterval(sampler)

    expect(cold.size).toBeGreaterThan(700_000_000)
    expect(cold.compressedSize / cold.size).toBeGreaterThan(0.2)
    expect(cold.compressedSize / cold.size).toBeLessThan(0.5)
    expect(cold.largestFiles).toHaveLength(10)
    // Nothing of the layer is held: growth stays far below its 760 MB.
    expect(peakRss - before).toBeLessThan(150 * 1024 * 1024)
    expect(await readdir(cacheDir)).toHaveLength(1)

    const warmStarted = performance.now()
    const warm = await measureImage('golang:1.24', { cache: fileSizeCache(cacheDir) })
    const warmSeconds = (performance.now() - warmStarted) / 1000
    expect(warm).toEqual(cold)
    console.log(
      `golang:1.24: size ${cold.size}, compressed ${cold.compressedSize}, cold ${coldSeconds.toFixed(1)} s, ` +
        `warm ${warmSeconds.toFixed(1)} s, RSS growth ${((peakRss - before) / 1048576).toFixed(0)} MiB`
    )
  }, 300_000)
})
