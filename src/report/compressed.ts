import { formatBytes } from '../core/format.js'
import type { ImageMeasurement, LayerMeasurement } from '../measure/types.js'

type SourcedLayer = Pick<LayerMeasurement, 'compressedSource'>

/** Exact when the bytes exist (a blob, a registry manifest); reports from before say nothing. */
function isExact(layer: SourcedLayer): boolean {
  return layer.compressedSource === 'blob' || layer.compressedSource === 'manifest'
}

/** True when any layer's compressed size is our estimate, so the total is one too. */
export function compressedIsEstimated(image: { layers: readonly SourcedLayer[] }): boolean {
  return !image.layers.every(isExact)
}

/** An image's compressed size, marked `≈` when it is (partly) estimated. */
export function formatCompressed(
  image: Pick<ImageMeasurement, 'compressedSize'> & { layers: readonly SourcedLayer[] }
): string {
  const bytes = formatBytes(image.compressedSize)
  return compressedIsEstimated(image) ? `≈ ${bytes}` : bytes
}

/** A layer's compressed size, marked `≈` when estimated. */
export function formatLayerCompressed(
  layer: Pick<LayerMeasurement, 'compressedSize' | 'compressedSource'>
): string {
  const bytes = formatBytes(layer.compressedSize)
  return isExact(layer) ? bytes : `≈ ${bytes}`
}

/** One line under a table that shows `≈`: what it means and what the other figures are. */
export const ESTIMATE_NOTE =
  '≈ compressed sizes estimated from the uncompressed layers (within about 1 % of what a push stores); the others are the sizes of the stored blobs or of the registry manifest.'
