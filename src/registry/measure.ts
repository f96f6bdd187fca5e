import type { RegistryClientOptions } from './client.js'
import { resolveImage } from './manifests.js'

/** One platform of an image in a registry, measured from its manifest. */
export interface RegistryPlatform {
  /** `linux/amd64`, `linux/arm64`, `linux/arm/v7`. */
  platform: string
  /** The platform manifest's digest. */
  digest: string
  /** The sum of its layer blobs: what a node of that platform pulls. */
  compressedSize: number
  /** Its layer count. */
  layers: number
}

/** An image measured straight from a registry, one entry per platform. */
export interface RegistryImage {
  reference: string
  /** The digest the reference resolved to (the index's, for a multi-platform image). */
  digest?: string
  platforms: RegistryPlatform[]
}

export type MeasureRegistryImageOptions = RegistryClientOptions

/**
 * Measures an image from its manifests alone, without pulling a layer: compressed sizes and layer
 * counts are exact, per platform. The uncompressed size is not known this way. Throws a
 * RegistryError naming the reference and saying whether it was not found, not authorised or not
 * reachable.
 */
export async function measureRegistryImage(
  reference: string,
  options: MeasureRegistryImageOptions = {}
): Promise<RegistryImage> {
  const resolved = await resolveImage(reference, options)
  return {
    reference,
    digest: resolved.digest,
    platforms: resolved.manifests.map(manifest => ({
      platform: manifest.platform,
      digest: manifest.digest,
      compressedSize: manifest.layers.reduce((total, layer) => total + layer.size, 0),
      layers: manifest.layers.length
    }))
  }
}
