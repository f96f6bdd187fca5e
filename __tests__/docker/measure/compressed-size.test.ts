import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { docker, runDocker, type DockerOptions } from '../../../src/tools/docker.js'
import { fileLayerCache } from '../../../src/measure/cache.js'
import { measureImage } from '../../../src/measure/measure.js'
import { copyImage } from '../../support/engines.js'

// Where each layer's compressed size comes from, checked against the bytes that exist: the blobs
// BuildKit wrote on the containerd store, and the manifests of a real registry on loopback.

const sh = promisify(execFile)
const classic: DockerOptions = {}
const containerd: DockerOptions = {
  env: { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' }
}
const run = randomBytes(4).toString('hex')
const tags: [string, DockerOptions][] = []
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'compressed-size-'))
})

afterAll(async () => {
  for (const [tag, engine] of tags) await runDocker(['image', 'rm', '--force', tag], engine)
  await rm(work, { recursive: true, force: true })
})

async function build(tag: string, dockerfile: string, engine: DockerOptions): Promise<void> {
  const context = await mkdtemp(join(work, 'context-'))
  await writeFile(join(context, 'Dockerfile'), dockerfile)
  await docker(['buildx', 'build', '--quiet', '--tag', tag, context], {
    ...engine,
    timeoutMs: 240_000
  })
  tags.push([tag, engine])
}

/** The blob sizes `docker save` carries for each layer, in manifest order, and whether gzip. */
async function savedBlobs(
  image: string,
  engine: DockerOptions
): Promise<{ bytes: number; gzip: boolean }[]> {
  const dir = await mkdtemp(join(work, 'saved-'))
  await sh('sh', ['-c', 'docker save "$1" | tar -x -C "$2"', 'sh', image, dir], {
    env: { ...process.env, ...engine.env }
  })
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    Layers: string[]
  }[]
  return Promise.all(
    manifest[0]!.Layers.map(async layer => {
      const head = (await readFile(join(dir, layer))).subarray(0, 2)
      return {
        bytes: (await stat(join(dir, layer))).size,
        gzip: head[0] === 0x1f && head[1] === 0x8b
      }
    })
  )
}

/** The layer sizes a registry's manifest gives, read over the distribution API. */
async function manifestLayerSizes(repository: string, tag: string): Promise<number[]> {
  const response = await fetch(`http://127.0.0.1:5000/v2/${repository}/manifests/${tag}`, {
    headers: {
      accept: [
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.oci.image.manifest.v1+json'
      ].join(', ')
    }
  })
  expect(response.status).toBe(200)
  const manifest = (await response.json()) as { layers: { size: number }[] }
  return manifest.layers.map(layer => layer.size)
}

const deviation = (ours: number, theirs: number): number => ours / theirs - 1
const percent = (value: number): string => `${(value * 100).toFixed(2)} %`

describe('layers BuildKit wrote on the containerd store', () => {
  const tag = `compressed-size-test:${run}`
  // Sizable layers of several kinds: a distribution, random bytes, text, and a tiny WORKDIR.
  const dockerfile = `FROM scratch
COPY --from=debian:bookworm-slim / /
RUN head -c 300000 /dev/urandom > /random.bin && seq 1 200000 > /numbers.txt
WORKDIR /app
`

  beforeAll(async () => {
    await build(tag, dockerfile, containerd)
    await copyImage(tag, containerd, classic)
    tags.push([tag, classic])
  }, 300_000)

  it('are measured at their blob sizes exactly, without recompressing', async () => {
    const [measured, blobs] = await Promise.all([
      measureImage(tag, { docker: containerd }),
      savedBlobs(tag, containerd)
    ])
    expect(blobs.every(blob => blob.gzip)).toBe(true)
    expect(measured.layers.map(layer => layer.compressedSize)).toEqual(
      blobs.map(blob => blob.bytes)
    )
    expect(measured.layers.map(layer => layer.compressedSource)).toEqual(blobs.map(() => 'blob'))
  }, 120_000)

  it('are estimated on the classic store within 1 % of those blobs', async () => {
    const [measured, blobs] = await Promise.all([
      measureImage(tag, { docker: classic }),
      savedBlobs(tag, containerd)
    ])
    expect(measured.layers).toHaveLength(blobs.length)
    for (const [index, layer] of measured.layers.entries()) {
      const blob = blobs[index]!.bytes
      const off = deviation(layer.compressedSize, blob)
      console.log(
        `layer ${index}: estimate ${layer.compressedSize}, blob ${blob} (${percent(off)})`
      )
      expect(layer.compressedSource).toBe('estimate')
      // A layer of a few hundred bytes is a gzip header and an empty tar: a byte is a percent.
      if (blob > 10_000) expect(Math.abs(off)).toBeLessThan(0.01)
      else expect(Math.abs(layer.compressedSize - blob)).toBeLessThanOrEqual(16)
    }
    const total = blobs.reduce((sum, blob) => sum + blob.bytes, 0)
    expect(Math.abs(deviation(measured.compressedSize, total))).toBeLessThan(0.01)
  }, 180_000)
})

describe('an image built FROM a base pulled from a registry', () => {
  const base = '127.0.0.1:5000/library/alpine:3.20'
  const dockerfile = `FROM ${base}\nRUN echo built > /built.txt\n`

  // The containerd store keeps the pulled blob, unless a snapshot of the same layer was already
  // unpacked (the stand-in alpine's): then it fetched none, and the manifest is the source.
  const stores: [string, DockerOptions, string[], string][] = [
    ['classic', classic, ['manifest'], 'estimate'],
    ['containerd', containerd, ['blob', 'manifest'], 'blob']
  ]
  it.each(stores)(
    'on the %s store, sizes the base layer as the registry manifest does',
    async (name, engine, baseSources, ownSource) => {
      const tag = `compressed-size-test:${run}-pulled-${name}`
      await docker(['pull', '--quiet', base], { ...engine, timeoutMs: 120_000 })
      await build(tag, dockerfile, engine)
      const [manifest] = await manifestLayerSizes('library/alpine', '3.20')
      const cacheDir = await mkdtemp(join(work, 'cache-'))
      const options = { docker: engine, baseImage: base, cache: fileLayerCache(cacheDir) }
      const measured = await measureImage(tag, options)
      console.log(
        `${name}: layer sources ${measured.layers.map(layer => layer.compressedSource).join(', ')}`
      )
      expect(measured.layers[0]!.compressedSize).toBe(manifest)
      expect(baseSources).toContain(measured.layers[0]!.compressedSource)
      expect(measured.base?.compressedSize).toBe(manifest)
      // The layer built here: BuildKit's blob on the containerd store, our estimate on the classic.
      expect(measured.layers[1]!.compressedSource).toBe(ownSource)
      // Read once: the second run finds the manifest's size in the cache.
      expect(await measureImage(tag, options)).toEqual(measured)
    },
    240_000
  )
})

describe('golang:1.24 (~760 MB, one layer)', () => {
  it('measures at size within bounded memory, and a cache makes the second run skip compression', async () => {
    const cacheDir = join(work, 'cache')
    let peakRss = 0
    const before = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25)
    const started = performance.now()
    const cold = await measureImage('golang:1.24', { cache: fileLayerCache(cacheDir) })
    const coldSeconds = (performance.now() - started) / 1000
    clearInterval(sampler)

    expect(cold.size).toBeGreaterThan(700_000_000)
    expect(cold.compressedSize / cold.size).toBeGreaterThan(0.2)
    expect(cold.compressedSize / cold.size).toBeLessThan(0.5)
    expect(cold.layers[0]!.compressedSource).toBe('estimate')
    expect(cold.largestFiles).toHaveLength(10)
    // Nothing of the layer is held: growth stays far below its 760 MB.
    expect(peakRss - before).toBeLessThan(150 * 1024 * 1024)
    // The layer's compressed size and its executables (the toolchain's Go programs).
    expect((await readdir(cacheDir)).map(name => name.replace(/^sha256-[a-f0-9]+/, ''))).toEqual([
      '.executables.json',
      '.json'
    ])
    expect(cold.binaries!.length).toBeGreaterThanOrEqual(10)

    const files = fileLayerCache(cacheDir)
    const written: string[] = []
    const warmStarted = performance.now()
    const warm = await measureImage('golang:1.24', {
      cache: {
        ...files,
        set: async digest => void written.push(`size ${digest}`),
        setExecutables: async digest => void written.push(`executables ${digest}`)
      }
    })
    const warmSeconds = (performance.now() - warmStarted) / 1000
    // Neither compressed nor its binaries read again, and the same measurement.
    expect(written).toEqual([])
    expect(warm).toEqual(cold)
    console.log(
      `golang:1.24: size ${cold.size}, compressed ${cold.compressedSize}, cold ${coldSeconds.toFixed(1)} s, ` +
        `warm ${warmSeconds.toFixed(1)} s, RSS growth ${((peakRss - before) / 1048576).toFixed(0)} MiB`
    )
  }, 300_000)
})
