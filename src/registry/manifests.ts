import { RegistryClient, type RegistryClientOptions } from './client.js'
import { RegistryError } from './errors.js'
import { parseReference, REFERENCE_FORMS } from './reference.js'

/** A blob a manifest names: its digest and its size in bytes, as stored and pulled. */
export interface Descriptor {
  mediaType?: string
  digest: string
  size: number
  platform?: { os?: string; architecture?: string; variant?: string }
  annotations?: Record<string, string>
}

/** One platform's image manifest, as the registry holds it. */
export interface PlatformManifest {
  /** `linux/arm64`, `linux/arm/v7`; `unknown` when neither the index nor the config says. */
  platform: string
  digest: string
  layers: Descriptor[]
}

/** What a reference resolves to: an index of platform manifests, or one manifest. */
export interface ResolvedImage {
  /** The digest of the index, or of the one manifest. */
  digest?: string
  manifests: PlatformManifest[]
}

interface ManifestDocument {
  mediaType?: string
  manifests?: Descriptor[]
  config?: Descriptor
  layers?: Descriptor[]
}

/**
 * Reads the manifests a reference names, and no layer: for an index, each platform's manifest
 * (attestation manifests skipped); for one manifest, that one, its platform from its config.
 */
export async function resolveImage(
  text: string,
  options: RegistryClientOptions = {}
): Promise<ResolvedImage> {
  const image = parseReference(text)
  if (!image) throw new RegistryError(text, 'not-found', `it is not ${REFERENCE_FORMS}`)
  const client = new RegistryClient(image, options)
  try {
    const top = await client.manifest(image.reference)
    const document = top.body as ManifestDocument
    if (Array.isArray(document.manifests)) {
      const platforms = document.manifests.filter(isImagePlatform)
      const manifests = await Promise.all(
        platforms.map(async descriptor => {
          const fetched = await client.manifest(descriptor.digest)
          return {
            platform: platformName(descriptor.platform),
            digest: descriptor.digest,
            layers: layersOf(text, fetched.body as ManifestDocument)
          }
        })
      )
      return { digest: top.digest, manifests }
    }
    const layers = layersOf(text, document)
    const config = document.config?.digest
      ? ((await client.blob(document.config.digest)).body as Descriptor['platform'])
      : undefined
    const digest = top.digest ?? (image.reference.includes(':') ? image.reference : undefined)
    return {
      digest,
      manifests: [{ platform: platformName(config), digest: digest ?? '', layers }]
    }
  } finally {
    await client.close()
  }
}

/** Platform manifests of an index, without BuildKit's attestations (`unknown/unknown`). */
function isImagePlatform(descriptor: Descriptor): boolean {
  if (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') return false
  return !(descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')
}

function platformName(platform: Descriptor['platform']): string {
  if (!platform?.os || !platform.architecture) return 'unknown'
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

function layersOf(reference: string, document: ManifestDocument): Descriptor[] {
  if (!Array.isArray(document.layers)) {
    throw new RegistryError(
      reference,
      'not-found',
      `the registry served ${document.mediaType ?? 'a document'} that lists no layers`
    )
  }
  return document.layers.filter(
    layer => typeof layer.digest === 'string' && Number.isSafeInteger(layer.size)
  )
}
