/** One filesystem layer of an image, measured from its own tar stream. */
export interface LayerMeasurement {
  /** Position among the filesystem layers (RootFS.Layers), from 0. */
  index: number
  /** `sha256:…` digest of the uncompressed layer tar (the diffID). */
  diffId: string
  /** Bytes of the uncompressed layer tar. */
  size: number
  /** Bytes of the layer as a registry stores it and a node pulls it: see `compressedSource`. */
  compressedSize: number
  /** Where `compressedSize` comes from: exact (`blob`, `manifest`) or our `estimate`. */
  compressedSource: CompressedSource
  /** Regular files in the layer. */
  files: number
  /** The instruction that made the layer, from the image config history (`created_by`). */
  instruction: string
}

import type { GoBinary } from '../binary/index.js'
import type { AttackSurface } from './attack-surface.js'
import type { LayerExecutable } from './go-executables.js'

/**
 * `blob`: the size of the compressed blob the image store keeps (the containerd store's, as
 * BuildKit wrote it or a registry served it). `manifest`: the size a registry's manifest gives for
 * the layer of an image pulled from it. `estimate`: only the uncompressed tar exists here (the
 * classic store), so its size is what our deflate makes of it, close to what a push would store.
 */
export type CompressedSource = 'blob' | 'manifest' | 'estimate'

/** A compressed size known without compressing, and where it was learned. */
export interface KnownCompressedSize {
  compressedSize: number
  compressedSource: Exclude<CompressedSource, 'blob'>
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
 * Remembers the compressed size learned for a layer's content (estimated, or read from a registry
 * manifest), so unchanged layers (the base image's) are neither compressed nor looked up again.
 * Keys are content digests: a layer's diffID, or the digest of the blob that carried it.
 */
export interface CompressedSizeCache {
  get(digest: string): Promise<KnownCompressedSize | undefined>
  set(digest: string, size: KnownCompressedSize): Promise<void>
}

/**
 * What was learned of a layer's content, kept between runs by content digest: its compressed size,
 * and the executables reading it found. A layer's content never changes under its digest, so an
 * unchanged layer (the base image's, the toolchain's) is neither compressed nor its binaries read
 * again.
 */
export interface LayerCache extends CompressedSizeCache {
  executables(digest: string): Promise<LayerExecutable[] | undefined>
  setExecutables(digest: string, executables: LayerExecutable[]): Promise<void>
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
