/** One filesystem layer of an image, measured from its own tar stream. */
export interface LayerMeasurement {
  /** Position among the filesystem layers (RootFS.Layers), from 0. */
  index: number
  /** `sha256:…` digest of the uncompressed layer tar (the diffID). */
  diffId: string
  /** Bytes of the uncompressed layer tar. */
  size: number
  /** Bytes of the layer gzip-compressed at the default level, as a registry stores it. */
  compressedSize: number
  /** Regular files in the layer. */
  files: number
  /** The instruction that made the layer, from the image config history (`created_by`). */
  instruction: string
}

export interface FileSize {
  path: string
  bytes: number
}

/** The layers an image shares with the image its final stage starts `FROM`. */
export interface BaseShare {
  image: string
  layers: number
  size: number
  compressedSize: number
}

export interface ImageMeasurement {
  /** Image ID (`sha256:…` of the config). */
  id: string
  /** Sum of the uncompressed layer tars. */
  size: number
  /** Sum of the compressed layers. */
  compressedSize: number
  layers: LayerMeasurement[]
  /** Undefined when no base image was given (e.g. `FROM scratch`). */
  base?: BaseShare
  /** The largest files of the final filesystem, largest first (at most ten). */
  largestFiles: FileSize[]
  /** Bytes of files that a later layer overwrites or deletes, and the paths that waste most. */
  wasted: { bytes: number; paths: FileSize[] }
}

/**
 * Remembers the gzip size we computed for a layer's content, so unchanged layers (the base image's)
 * are not compressed again. Keys are content digests: a layer's diffID, or the digest of the blob
 * that carried it (the only name known while a compressed blob streams past).
 */
export interface CompressedSizeCache {
  get(digest: string): Promise<number | undefined>
  set(digest: string, compressedSize: number): Promise<void>
}
