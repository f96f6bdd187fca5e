import {
  docker,
  DockerCommandError,
  runDocker,
  spawnDocker,
  type DockerOptions
} from '../tools/docker.js'
import { DeflateWorkers } from './deflate-workers.js'
import type { FilesystemFacts } from './filesystem-facts.js'
import { attackSurfaceOf } from './attack-surface.js'
import { analyzeFilesystem } from './filesystem-stack.js'
import { finalExecutables } from './final-executables.js'
import { instructionsForLayers } from './history.js'
import { readSavedImage, type SavedFile } from './saved-image.js'
import { joinSavedImage, type JoinedLayer } from './saved-image-join.js'
import type {
  BaseShare,
  CompressedSizeCache,
  ImageMeasurement,
  LayerMeasurement,
  MeasureProgress
} from './types.js'
import { ImageReadError } from './errors.js'

export interface MeasureOptions {
  docker?: DockerOptions
  /** The image the final stage starts FROM; the layers shared with it become `base`. */
  baseImage?: string
  cache?: CompressedSizeCache
  /**
   * Read what is inside (the Go executables, the package databases, the attack surface): on
   * unless false. Off only to time what the reading costs (bench/).
   */
  readContents?: boolean
  /** Told how far the reading has come (see MeasureProgress); nothing is drawn here. */
  onProgress?: (progress: MeasureProgress) => void
}

/** An image's measurement, and what the same pass read of its final filesystem. */
export interface MeasuredImage {
  image: ImageMeasurement
  /** Kept out of the measurement, which the JSON report carries whole. */
  filesystem: FilesystemFacts
}

/**
 * Measures an image from its own layer contents, streamed once through `docker save`, so the
 * numbers are the same on the classic and the containerd image store (whose `docker image
 * inspect` and `docker history` sizes disagree) and close to what a registry stores.
 */
export async function measureImage(
  image: string,
  options: MeasureOptions = {}
): Promise<ImageMeasurement> {
  return (await measureImageAndFilesystem(image, options)).image
}

/** measureImage, with the directories and small files of the final filesystem from the same pass. */
export async function measureImageAndFilesystem(
  image: string,
  options: MeasureOptions = {}
): Promise<MeasuredImage> {
  const files = await saveAndRead(image, options)
  const { configDigest, config, layers } = joinSavedImage(image, files)
  await remember(layers, options.cache)

  const instructions = instructionsForLayers(config.history, layers.length)
  const measured: LayerMeasurement[] = layers.map((layer, index) => ({
    index,
    diffId: layer.diffId,
    size: layer.contents.size,
    compressedSize: layer.contents.compressedSize,
    files: layer.contents.files,
    instruction: instructions[index] ?? ''
  }))
  const base = options.baseImage
    ? await baseShare(options.baseImage, measured, options.docker)
    : undefined
  const { largestFiles, wasted, facts, root } = analyzeFilesystem(
    layers.map(layer => layer.contents.entries),
    { baseLayers: base?.layers ?? 0 }
  )
  const contents = options.readContents !== false
  const executables = contents ? finalExecutables(layers.map(layer => layer.contents)) : undefined
  return {
    image: {
      id: configDigest,
      size: sum(measured.map(layer => layer.size)),
      compressedSize: sum(measured.map(layer => layer.compressedSize)),
      layers: measured,
      base,
      largestFiles,
      wasted,
      binaries: executables?.binaries,
      unreadExecutables: executables?.unread,
      surface: contents ? attackSurfaceOf(root, config.config?.User) : undefined
    },
    filesystem: facts
  }
}

async function saveAndRead(
  image: string,
  options: MeasureOptions
): Promise<Map<string, SavedFile>> {
  const progress = options.onProgress && (await progressOf(image, options.onProgress, options))
  const args = ['save', image]
  const child = spawnDocker(args, options.docker ?? {})
  child.stdin.end()
  const stderr: Buffer[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve(code ?? 1))
  })
  exited.catch(() => undefined)
  const workers = new DeflateWorkers()
  try {
    const files = await readSavedImage(child.stdout, {
      readContents: options.readContents,
      knownCompressedSize: async path => {
        const digest = blobDigest(path)
        return digest === undefined ? undefined : options.cache?.get(digest)
      },
      workers,
      ...progress?.callbacks
    })
    progress?.finish()
    const exitCode = await exited
    if (exitCode !== 0) {
      const result = { exitCode, stdout: '', stderr: Buffer.concat(stderr).toString('utf8') }
      throw new DockerCommandError(args, result)
    }
    return files
  } catch (error) {
    child.kill()
    await exited.catch(() => undefined)
    if (error instanceof DockerCommandError) throw error
    const reason = Buffer.concat(stderr).toString('utf8').trim() || (error as Error).message
    throw new ImageReadError(`could not read \`docker save ${image}\`: ${reason}`)
  } finally {
    await workers.close()
  }
}

/**
 * Counts layers and bytes as `docker save` streams, against what the engine says the image holds.
 * The totals are the engine's: close to the bytes read on both stores, not exact.
 */
async function progressOf(
  image: string,
  onProgress: (progress: MeasureProgress) => void,
  options: MeasureOptions
) {
  const totals = await runDocker(
    ['image', 'inspect', '--format', '{{len .RootFS.Layers}} {{.Size}}', image],
    options.docker
  )
  const [layers, bytesTotal] = totals.stdout.trim().split(' ').map(Number)
  const known = (n: number | undefined) =>
    n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined
  const state: MeasureProgress = {
    layer: 0,
    layers: known(layers),
    bytesRead: 0,
    bytesTotal: known(bytesTotal)
  }
  return {
    callbacks: {
      onLayerStart: () => {
        state.layer++
        onProgress({ ...state })
      },
      onLayerBytes: (bytes: number) => {
        state.bytesRead += bytes
        onProgress({ ...state })
      }
    },
    finish: () => onProgress({ ...state, done: true })
  }
}

/** Archive paths of OCI blobs name their digest: `blobs/sha256/<hex>` is `sha256:<hex>`. */
export function blobDigest(path: string): string | undefined {
  const match = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(path)
  return match ? `${match[1]}:${match[2]}` : undefined
}

/** Stores fresh sizes under the diffID and under the blob's own digest, the name seen next time. */
async function remember(
  layers: JoinedLayer[],
  cache: CompressedSizeCache | undefined
): Promise<void> {
  if (!cache) return
  for (const layer of layers) {
    if (layer.compressedSizeFromCache) continue
    const size = layer.contents.compressedSize
    await cache.set(layer.diffId, size)
    const blob = blobDigest(layer.path)
    if (blob !== undefined && blob !== layer.diffId) await cache.set(blob, size)
  }
}

async function baseShare(
  baseImage: string,
  layers: LayerMeasurement[],
  dockerOptions: DockerOptions | undefined
): Promise<BaseShare> {
  let baseLayers: string[]
  try {
    const json = await docker(
      ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', baseImage],
      dockerOptions
    )
    baseLayers = (JSON.parse(json) as string[] | null) ?? []
  } catch (error) {
    throw new ImageReadError(
      `could not read the layers of the base image ${baseImage}: pull or build it first (${(error as Error).message})`
    )
  }
  let shared = 0
  while (shared < layers.length && layers[shared]!.diffId === baseLayers[shared]) shared++
  const sharedLayers = layers.slice(0, shared)
  return {
    image: baseImage,
    layers: shared,
    size: sum(sharedLayers.map(layer => layer.size)),
    compressedSize: sum(sharedLayers.map(layer => layer.compressedSize))
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
