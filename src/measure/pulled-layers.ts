import { resolveImage, type RegistryClientOptions } from '../registry/index.js'
import { docker, type DockerOptions } from '../tools/docker.js'
import type { CompressedSizeCache, KnownCompressedSize } from './types.js'

export interface PulledLayerOptions {
  docker?: DockerOptions
  cache?: CompressedSizeCache
  registry?: RegistryClientOptions
}

interface InspectedImage {
  RepoDigests?: string[] | null
  RootFS?: { Layers?: string[] | null }
  Os?: string
  Architecture?: string
  Variant?: string
}

/**
 * The compressed sizes of an image's layers as the registry it was pulled from stores them, by
 * diffID: read from that registry's manifest (the image's `RepoDigests` name it), or from the cache
 * where an earlier run read them. BuildKit pushes a pulled layer as the very blob it pulled, so
 * these sizes are exact for every image built on top. Empty when the image was not pulled, or its
 * registry cannot be read: those layers are then estimated.
 */
export async function pulledLayerSizes(
  image: string,
  options: PulledLayerOptions = {}
): Promise<Map<string, KnownCompressedSize>> {
  const sizes = new Map<string, KnownCompressedSize>()
  let inspected: InspectedImage
  try {
    const json = await docker(['image', 'inspect', '--format', '{{json .}}', image], options.docker)
    inspected = JSON.parse(json) as InspectedImage
  } catch {
    return sizes
  }
  const diffIds = inspected.RootFS?.Layers ?? []
  const repoDigests = inspected.RepoDigests ?? []
  if (diffIds.length === 0 || repoDigests.length === 0) return sizes

  const cached = await Promise.all(diffIds.map(diffId => options.cache?.get(diffId)))
  if (cached.every(size => size?.compressedSource === 'manifest')) {
    diffIds.forEach((diffId, index) => sizes.set(diffId, cached[index]!))
    return sizes
  }
  const platform = [inspected.Os, inspected.Architecture, inspected.Variant]
    .filter(Boolean)
    .join('/')
  for (const repoDigest of repoDigests) {
    const layers = await manifestLayers(repoDigest, platform, options.registry)
    if (layers?.length !== diffIds.length) continue
    for (const [index, diffId] of diffIds.entries()) {
      const known: KnownCompressedSize = {
        compressedSize: layers[index]!,
        compressedSource: 'manifest'
      }
      sizes.set(diffId, known)
      await options.cache?.set(diffId, known)
    }
    return sizes
  }
  return sizes
}

async function manifestLayers(
  reference: string,
  platform: string,
  registry: RegistryClientOptions | undefined
): Promise<number[] | undefined> {
  try {
    const { manifests } = await resolveImage(reference, { timeoutMs: 10_000, ...registry })
    const manifest =
      manifests.length === 1
        ? manifests[0]
        : manifests.find(candidate => candidate.platform === platform)
    return manifest?.layers.map(layer => layer.size)
  } catch {
    // A registry that cannot be read leaves the estimate, which the report then says it is.
    return undefined
  }
}
