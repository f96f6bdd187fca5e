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

import type { GoBinary } from '../binary/index.js'
import type { AttackSurface } from './attack-surface.js'

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
  /** The Go executables of the final filesystem, by path (absent from reports made before they were read). */
  binaries?: GoExecutable[]
  /** ELF executables of the final filesystem that could not be read (so may be Go), by path. */
  unreadExecutables?: UnreadExecutable[]
  /** Shells, package managers, packages, setuid files, executables and the user it runs as. */
  surface?: AttackSurface
}

/** A Go program in the image: where it is, the layer that wrote it, and what it says of itself. */
export type GoExecutable = GoBinary & {
  path: string
  /** Index of the filesystem layer that wrote it. */
  layer: number
}

/** An executable that was not read: larger than the read limit, or headers that do not parse. */
export interface UnreadExecutable {
  path: string
  layer: number
  bytes: number
  reason: string
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

/**
 * How far the reading of an image has come, for whoever shows progress: sent as layers are read,
 * often (every chunk), so a display decides itself how often to draw.
 */
export interface MeasureProgress {
  /** The layer being read, from 1; 0 before the first. */
  layer: number
  /** Layers the image has, when the engine said. */
  layers?: number
  /** Bytes of uncompressed layer tar read so far. */
  bytesRead: number
  /** About how many bytes there are to read (the engine's image size), when it said. */
  bytesTotal?: number
  /** Set on the last event, once every layer was read. */
  done?: boolean
}
