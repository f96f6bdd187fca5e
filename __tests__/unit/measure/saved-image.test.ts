import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import tar from 'tar-stream'
import { DeflateWorkers } from '../../../src/measure/deflate-workers.js'
import { readSavedImage } from '../../../src/measure/saved-image.js'
import { joinSavedImage } from '../../../src/measure/saved-image-join.js'

type File = { name: string; body: Buffer } | { name: string; directory: true }

async function tarOf(files: File[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer)
  })()
  for (const file of files) {
    if ('directory' in file) pack.entry({ name: file.name, type: 'directory', mtime: new Date(0) })
    else pack.entry({ name: file.name, mtime: new Date(0) }, file.body)
  }
  pack.finalize()
  await collected
  return Buffer.concat(chunks)
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))

async function fixtureLayers(): Promise<Buffer[]> {
  return [
    await tarOf([
      { name: 'app/', directory: true },
      { name: 'app/tool', body: Buffer.alloc(4000, 7) },
      { name: 'tmp/junk', body: Buffer.alloc(900, 1) }
    ]),
    await tarOf([{ name: 'tmp/.wh.junk', body: Buffer.alloc(0) }])
  ]
}

function configOf(layers: Buffer[]): Buffer {
  return json({
    rootfs: { type: 'layers', diff_ids: layers.map(layer => `sha256:${sha256(layer)}`) },
    history: [
      { created_by: 'COPY app /app # buildkit' },
      { created_by: 'ENV A=1', empty_layer: true },
      { created_by: 'RUN /bin/sh -c rm /tmp/junk # buildkit' }
    ]
  })
}

/** The classic store's shape: uncompressed blobs named by diffID, manifest.json last. */
async function classicArchive(layers: Buffer[]): Promise<Buffer> {
  const config = configOf(layers)
  const manifest = [
    {
      Config: `blobs/sha256/${sha256(config)}`,
      Layers: layers.map(layer => `blobs/sha256/${sha256(layer)}`)
    }
  ]
  return tarOf([
    { name: 'blobs/', directory: true },
    ...layers.map(layer => ({ name: `blobs/sha256/${sha256(layer)}`, body: layer })),
    { name: `blobs/sha256/${sha256(config)}`, body: config },
    { name: 'manifest.json', body: json(manifest) }
  ])
}

/** The containerd store's shape: gzip blobs, and here no manifest.json, only the OCI index. */
async function ociArchive(layers: Buffer[]): Promise<Buffer> {
  const config = configOf(layers)
  const blobs = layers.map(layer => gzipSync(layer))
  const manifest = json({
    schemaVersion: 2,
    config: { digest: `sha256:${sha256(config)}` },
    layers: blobs.map(blob => ({ digest: `sha256:${sha256(blob)}` }))
  })
  const index = json({ manifests: [{ digest: `sha256:${sha256(manifest)}` }] })
  return tarOf([
    // Layers first and the manifest after them, as lexical blob order often puts them.
    ...blobs.map(blob => ({ name: `blobs/sha256/${sha256(blob)}`, body: blob })),
    { name: `blobs/sha256/${sha256(manifest)}`, body: manifest },
    { name: `blobs/sha256/${sha256(config)}`, body: config },
    { name: 'index.json', body: index },
    { name: 'oci-layout', body: json({ imageLayoutVersion: '1.0.0' }) }
  ])
}

describe('readSavedImage + joinSavedImage', () => {
  const workers = new DeflateWorkers()
  afterAll(() => workers.close())

  it('reads the same layers from both image stores’ archives', async () => {
    const layers = await fixtureLayers()
    const noCache = {
      knownCompressedSize: async () => undefined,
      knownExecutables: async () => undefined,
      workers
    }
    const classic = joinSavedImage(
      'x',
      await readSavedImage(Readable.from([await classicArchive(layers)]), noCache)
    )
    const oci = joinSavedImage(
      'x',
      await readSavedImage(Readable.from([await ociArchive(layers)]), noCache)
    )

    expect(classic.configDigest).toBe(oci.configDigest)
    expect(classic.layers.map(layer => layer.diffId)).toEqual(oci.layers.map(layer => layer.diffId))
    for (const image of [classic, oci]) {
      expect(image.layers.map(layer => layer.contents.size)).toEqual(
        layers.map(layer => layer.length)
      )
      expect(image.layers.map(layer => layer.contents.files)).toEqual([2, 0])
      expect(image.layers[1]!.contents.entries).toEqual([
        { path: '/tmp/junk', kind: 'whiteout', bytes: 0 }
      ])
    }
    // The OCI layout carries the compressed blobs: their sizes, not a recompression of them.
    expect(oci.layers.map(layer => layer.contents.compressedSize)).toEqual(
      layers.map(layer => gzipSync(layer).length)
    )
    expect(oci.layers.map(layer => layer.contents.compressedSource)).toEqual(['blob', 'blob'])
    expect(classic.layers.map(layer => layer.contents.compressedSource)).toEqual([
      'estimate',
      'estimate'
    ])
    expect(classic.config.history).toHaveLength(3)
  })

  it('skips compression for blobs whose size is already known', async () => {
    const layers = await fixtureLayers()
    const files = await readSavedImage(Readable.from([await classicArchive(layers)]), {
      knownExecutables: async () => undefined,
      knownCompressedSize: async path =>
        path.endsWith(sha256(layers[0]!))
          ? { compressedSize: 42, compressedSource: 'manifest' }
          : undefined,
      workers
    })
    const joined = joinSavedImage('x', files)
    expect(joined.layers[0]!.contents.compressedSize).toBe(42)
    expect(joined.layers[0]!.contents.compressedSource).toBe('manifest')
    expect(joined.layers[0]!.compressedSizeWasKnown).toBe(true)
    expect(joined.layers[1]!.compressedSizeWasKnown).toBe(false)
    expect(joined.layers[1]!.contents.compressedSource).toBe('estimate')
  })

  it('explains which layer it cannot read', async () => {
    const layers = await fixtureLayers()
    const archive = await classicArchive(layers)
    const files = await readSavedImage(Readable.from([archive]), {
      knownCompressedSize: async () => undefined,
      knownExecutables: async () => undefined,
      workers
    })
    files.set(`blobs/sha256/${sha256(layers[1]!)}`, {
      kind: 'unreadable',
      reason: 'it is zstd-compressed'
    })
    expect(() => joinSavedImage('app:1', files)).toThrow(/layer 2 .*zstd/)
  })
})
