import type { HistoryEntry } from './history.js'
import type { SavedFile, SizedLayerContents } from './saved-image.js'
import { ImageReadError } from './errors.js'

/** A filesystem layer of the saved image, in RootFS order, with what reading it found. */
export interface JoinedLayer {
  diffId: string
  /** Archive path of the blob that carried it. */
  path: string
  contents: SizedLayerContents
  /** Sized from a blob, a manifest or the cache rather than compressed in this run. */
  compressedSizeWasKnown: boolean
  /** Its executables came from the layer cache rather than from reading it in this run. */
  executablesWereKnown: boolean
}

export interface ImageConfig {
  rootfs?: { diff_ids?: string[] }
  /** What the image runs with: `User` is its `USER`, empty when it sets none. */
  config?: { User?: string }
  history?: HistoryEntry[]
}

export interface JoinedImage {
  /** `sha256:` of the config JSON: the image ID on the classic store. */
  configDigest: string
  config: ImageConfig
  layers: JoinedLayer[]
}

interface DockerManifestEntry {
  Config?: string
  Layers?: string[]
}

interface OciDescriptor {
  mediaType?: string
  digest?: string
  annotations?: Record<string, string>
}

interface OciManifestOrIndex {
  manifests?: OciDescriptor[]
  config?: OciDescriptor
  layers?: OciDescriptor[]
}

/**
 * Joins the files read from a `docker save` archive: the manifest names the config and the layer
 * blobs, the config names each layer's diffID and its history. Prefers Docker's manifest.json,
 * which both image stores write, and falls back to the OCI index.
 */
export function joinSavedImage(image: string, files: ReadonlyMap<string, SavedFile>): JoinedImage {
  const { configPath, layerPaths } = locate(image, files)
  const configFile = files.get(configPath)
  if (configFile?.kind !== 'json') {
    throw new ImageReadError(`docker save ${image} has no readable image config at ${configPath}`)
  }
  const config = configFile.value as ImageConfig
  const diffIds = config.rootfs?.diff_ids ?? []
  if (diffIds.length !== layerPaths.length) {
    throw new ImageReadError(
      `docker save ${image}: the manifest lists ${layerPaths.length} layers but the config ${diffIds.length}; the image is damaged, rebuild it`
    )
  }
  const layers = layerPaths.map((path, index): JoinedLayer => {
    const file = files.get(path)
    if (file?.kind !== 'layer') {
      const why = file?.kind === 'unreadable' ? file.reason : 'it is missing from the archive'
      throw new ImageReadError(
        `docker save ${image}: cannot measure layer ${index + 1} (${path}): ${why}`
      )
    }
    return {
      diffId: diffIds[index]!,
      path,
      contents: file.contents,
      compressedSizeWasKnown: file.compressedSizeWasKnown,
      executablesWereKnown: file.executablesWereKnown
    }
  })
  return { configDigest: configFile.digest, config, layers }
}

function locate(
  image: string,
  files: ReadonlyMap<string, SavedFile>
): { configPath: string; layerPaths: string[] } {
  const manifestJson = files.get('manifest.json')
  if (manifestJson?.kind === 'json' && Array.isArray(manifestJson.value)) {
    const entry = (manifestJson.value as DockerManifestEntry[])[0]
    if (entry?.Config && Array.isArray(entry.Layers)) {
      return { configPath: entry.Config, layerPaths: entry.Layers }
    }
  }
  const manifest = imageManifest(files.get('index.json'), files)
  if (manifest?.config?.digest && manifest.layers) {
    return {
      configPath: blobPath(manifest.config.digest),
      layerPaths: manifest.layers.map(layer => blobPath(layer.digest ?? ''))
    }
  }
  throw new ImageReadError(
    `docker save ${image} wrote neither manifest.json nor an OCI index we can follow`
  )
}

/** Follows an OCI index down to the first image manifest, skipping attestation manifests. */
function imageManifest(
  file: SavedFile | undefined,
  files: ReadonlyMap<string, SavedFile>,
  depth = 0
): OciManifestOrIndex | undefined {
  if (file?.kind !== 'json' || depth > 4) return undefined
  const document = file.value as OciManifestOrIndex
  if (document.config) return document
  const candidate = (document.manifests ?? []).find(
    descriptor => descriptor.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest'
  )
  return candidate?.digest
    ? imageManifest(files.get(blobPath(candidate.digest)), files, depth + 1)
    : undefined
}

function blobPath(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`
}
