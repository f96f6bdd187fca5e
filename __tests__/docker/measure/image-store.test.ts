import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { docker, runDocker, type DockerOptions } from '../../../src/tools/docker.js'
import { measureImage } from '../../../src/measure/measure.js'
import { copyImage } from '../../support/engines.js'
import type { ImageMeasurement } from '../../../src/measure/types.js'

// The same images measured through the classic image store and the containerd image store, whose
// own `docker image inspect` sizes disagree, must give the same numbers; compressed sizes aside,
// which are the blobs' where the containerd store keeps them and estimates where only tars exist.

const classic: DockerOptions = {}
const containerd: DockerOptions = {
  env: { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' }
}
const engines = [
  ['classic', classic],
  ['containerd', containerd]
] as const

const run = randomBytes(4).toString('hex')
const built = `image-store-test:${run}`
const tags: [string, DockerOptions][] = []

// WORKDIR makes a layer under BuildKit, ENV and CMD do not: indexes must still line up.
const dockerfile = `FROM alpine:3.20
RUN head -c 300000 /dev/urandom > /big.bin && echo kept > /kept.txt
WORKDIR /app
ENV MODE=test
RUN rm /big.bin && head -c 150000 /dev/zero > /app/data
CMD ["sh"]
`
const instructions = [
  '',
  'RUN head -c 300000 /dev/urandom > /big.bin && echo kept > /kept.txt',
  'WORKDIR /app',
  'RUN rm /big.bin && head -c 150000 /dev/zero > /app/data'
]

/** What both stores must agree on: everything but where compressed sizes come from. */
function uncompressedFacts(image: ImageMeasurement): unknown {
  return {
    ...image,
    compressedSize: undefined,
    layers: image.layers.map(
      ({ compressedSize: _size, compressedSource: _source, ...rest }) => rest
    ),
    base: image.base && { ...image.base, compressedSize: undefined }
  }
}

async function build(tag: string, engine: DockerOptions): Promise<void> {
  const context = await mkdtemp(join(tmpdir(), 'image-store-build-'))
  try {
    await writeFile(join(context, 'Dockerfile'), dockerfile)
    await docker(['buildx', 'build', '--quiet', '--tag', tag, context], {
      ...engine,
      timeoutMs: 120_000
    })
    tags.push([tag, engine])
  } finally {
    await rm(context, { recursive: true, force: true })
  }
}

beforeAll(async () => {
  // Built on the containerd store, whose blobs are gzip-compressed, then copied to the classic one.
  await build(built, containerd)
  await copyImage(built, containerd, classic)
  tags.push([built, classic])
  await Promise.all([build(`${built}-native`, classic), build(`${built}-native`, containerd)])
}, 300_000)

afterAll(async () => {
  for (const [tag, engine] of tags) await runDocker(['image', 'rm', '--force', tag], engine)
})

describe.each(['alpine:3.20', 'busybox'])('%s on both image stores', image => {
  it('measures the same size, compressed size and layers', async () => {
    const [onClassic, onContainerd] = await Promise.all([
      measureImage(image, { docker: classic }),
      measureImage(image, { docker: containerd })
    ])
    expect(onContainerd).toEqual(onClassic)
    expect(onClassic.size).toBeGreaterThan(1_000_000)
    expect(onClassic.compressedSize).toBeLessThan(onClassic.size)
    expect(onClassic.layers.length).toBeGreaterThan(0)
  }, 120_000)
})

describe('an image built with WORKDIR, ENV and CMD between RUN layers', () => {
  let measured: Record<string, ImageMeasurement>

  beforeAll(async () => {
    measured = {}
    for (const [name, engine] of engines) {
      measured[name] = await measureImage(built, { docker: engine, baseImage: 'alpine:3.20' })
    }
  }, 120_000)

  it('measures identically on both image stores (gzip blobs on one, plain tars on the other)', () => {
    expect(uncompressedFacts(measured.containerd!)).toEqual(uncompressedFacts(measured.classic!))
    // BuildKit's own layers are gzip blobs on the containerd store, tars to estimate on the other.
    expect(measured.containerd!.layers.slice(1).map(layer => layer.compressedSource)).toEqual([
      'blob',
      'blob',
      'blob'
    ])
    expect(measured.classic!.layers.slice(1).map(layer => layer.compressedSource)).toEqual([
      'estimate',
      'estimate',
      'estimate'
    ])
    console.log(
      `${built}: size ${measured.classic!.size}, compressed ${measured.classic!.compressedSize}, ` +
        `${measured.classic!.layers.length} layers on both image stores`
    )
  })

  it('matches each filesystem layer to the instruction that made it', () => {
    const image = measured.classic!
    expect(image.layers.map(layer => layer.instruction)).toEqual(instructions)
    expect(image.layers.map(layer => layer.index)).toEqual([0, 1, 2, 3])
    expect(image.layers.map(layer => layer.files).slice(1)).toEqual([2, 0, 1])
  })

  it('reports a file written in one layer and deleted in the next as wasted', () => {
    const image = measured.classic!
    expect(image.wasted.paths[0]).toEqual({ path: '/big.bin', bytes: 300_000 })
    expect(image.wasted.bytes).toBe(300_000)
    expect(image.largestFiles.map(file => file.path)).not.toContain('/big.bin')
    expect(image.largestFiles).toContainEqual({ path: '/app/data', bytes: 150_000 })
  })

  it('shares its first layer with the base image', () => {
    const image = measured.classic!
    expect(image.base).toEqual({
      image: 'alpine:3.20',
      layers: 1,
      size: image.layers[0]!.size,
      compressedSize: image.layers[0]!.compressedSize
    })
  })

  it('agrees with the layer IDs docker reports', async () => {
    const inspected = JSON.parse(
      await docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', built])
    ) as string[]
    expect(measured.classic!.layers.map(layer => layer.diffId)).toEqual(inspected)
  })
})

describe('the same Dockerfile built natively on each engine', () => {
  it('gives the same layers, instructions and file counts', async () => {
    // Each engine's snapshotter records a few directory entries differently (e.g. /etc touched by
    // RUN on the classic store), so the tars are not byte-identical; the structure must be.
    const [onClassic, onContainerd] = await Promise.all(
      engines.map(([, engine]) => measureImage(`${built}-native`, { docker: engine }))
    )
    const shape = (image: ImageMeasurement): unknown =>
      image.layers.map(({ instruction, files }) => ({ instruction, files }))
    expect(shape(onContainerd!)).toEqual(shape(onClassic!))
    expect(onClassic!.layers.map(layer => layer.instruction)).toEqual(instructions)
    const [containerdBase, classicBase] = [onContainerd!, onClassic!].map(
      image => (uncompressedFacts(image) as { layers: unknown[] }).layers[0]
    )
    expect(containerdBase).toEqual(classicBase)
    expect(onContainerd!.wasted.bytes).toBe(300_000)
    expect(onClassic!.wasted.bytes).toBe(300_000)
  }, 120_000)
})

describe('errors', () => {
  it('says which image could not be saved', async () => {
    await expect(measureImage(`image-store-test:missing-${run}`)).rejects.toThrow(/docker save/)
  })
})
