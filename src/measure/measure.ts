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
import { pulledLayerSizes } from './pulled-layers.js'
import { readSavedImage, type SavedFile } from './saved-image.js'
import { joinSavedImage, type JoinedLayer } from './saved-image-join.js'
import type {
  BaseShare,
  ImageMeasurement,
  KnownCompressedSize,
  LayerCache,
  LayerMeasurement,
  MeasureProgress
} from './types.js'
import { ImageReadError } from './errors.js'
import type { RegistryClientOptions } from '../registry/index.js'

export interface MeasureOptions {
  docker?: DockerOptions
  /**
   * The image the final stage starts FROM; the layers shared with it become `base`, and when it
   * was pulled from a registry, their compressed sizes are that registry's.
   */
  baseImage?: string
  /** Compressed sizes and executables of layers measured before, by content digest. */
  cache?: LayerCache
  /** How to reach the base image's registry (credentials, time limit). */
  registry?: RegistryClientOptions
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
 * uncompressed numbers are the same on the classic and the containerd image store (whose `docker
 * image inspect` and `docker history` sizes disagree). Compressed sizes are what a registry stores,
 * best source first: the store's own compressed blob, the manifest of the registry a base image was
 * pulled from, else an estimate from the uncompressed tar (each layer says which).
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
  await remember(layers, options.cache, options.readContents !== false)

  const instructions = instructionsForLayers(config.history, layers.length)
  const measured: LayerMeasurement[] = layers.map((layer, index) => ({
    index,
    diffId: layer.diffId,
    size: layer.contents.size,
    compressedSize: layer.contents.compressedSize,
    compressedSource: layer.contents.compressedSource,
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
  const engine = await whatTheEngineHas(image, options.docker)
  const progress = options.onProgress && progressOf(engine, options.onProgress)
  // By ID: `docker save` of a name without a tag writes every tag of that repository.
  const args = ['save', engine.id ?? image]
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
  // Asked for only when an uncompressed layer passes: the containerd store's blobs never need it.
  let pulled: Promise<Map<string, KnownCompressedSize>> | undefined
  const pulledSizes = (): Promise<Map<string, KnownCompressedSize>> =>
    (pulled ??= options.baseImage
      ? pulledLayerSizes(options.baseImage, options)
      : Promise.resolve(new Map()))
  try {
    const files = await readSavedImage(child.stdout, {
      readContents: options.readContents,
      knownCompressedSize: async path => {
        const digest = blobDigest(path)
        if (digest === undefined) return undefined
        return (await pulledSizes()).get(digest) ?? (await options.cache?.get(digest))
      },
      knownExecutables: async path => {
        const digest = blobDigest(path)
        return digest === undefined ? undefined : options.cache?.executables(digest)
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
 * The image the engine resolves the name to (as `docker run` would: no tag means `latest`), and
 * what it says the image holds. Nothing when it cannot say: `docker save` then tells why.
 */
async function whatTheEngineHas(
  image: string,
  docker: DockerOptions | undefined
): Promise<{ id?: string; layers?: number; bytes?: number }> {
  const inspected = await runDocker(
    ['image', 'inspect', '--format', '{{.Id}} {{len .RootFS.Layers}} {{.Size}}', image],
    docker
  )
  if (inspected.exitCode !== 0) return {}
  const [id, layers, bytes] = inspected.stdout.trim().split(' ')
  const known = (text: string | undefined) => {
    const n = Number(text)
    return Number.isSafeInteger(n) && n > 0 ? n : undefined
  }
  return {
    id: id?.startsWith('sha256:') ? id : undefined,
    layers: known(layers),
    bytes: known(bytes)
  }
}

/**
 * Counts layers and bytes as `docker save` streams, against what the engine says the image holds.
 * The totals are the engine's: close to the bytes read on both stores, not exact.
 */
function progressOf(
  engine: { layers?: number; bytes?: number },
  onProgress: (progress: MeasureProgress) => void
) {
  const state: MeasureProgress = {
    layer: 0,
    layers: engine.layers,
    bytesRead: 0,
    bytesTotal: engine.bytes
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

/**
 * Stores what this run learned of each layer (a fresh estimate, the executables it read) under the
 * diffID and under the blob's own digest, the name seen next time.
 */
async function remember(
  layers: JoinedLayer[],
  cache: LayerCache | undefined,
  contentsRead: boolean
): Promise<void> {
  if (!cache) return
  for (const layer of layers) {
    const digests = new Set([layer.diffId, blobDigest(layer.path) ?? layer.diffId])
    for (const digest of digests) {
      if (!layer.compressedSizeWasKnown) {
        const size = layer.contents.compressedSize
        await cache.set(digest, { compressedSize: size, compressedSource: 'estimate' })
      }
      if (contentsRead && !layer.executablesWereKnown) {
        await cache.setExecutables(digest, layer.contents.executables)
      }
    }
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
