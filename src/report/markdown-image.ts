import type { ImageMeasurement } from '../measure/types.js'
import { formatBytes, formatPercent, percentOf } from '../core/format.js'
import { compressedIsEstimated, ESTIMATE_NOTE, formatLayerCompressed } from './compressed.js'
import { inlineCode } from './escape.js'

const WASTE_WORTH_SHOWING = 1_000_000

/** Where the bytes of an image are: base versus own layers, each layer, largest files, waste. Collapsed. */
export function imageDetails(
  image: ImageMeasurement,
  options: { maxLayers?: number } = {}
): string {
  const sections = [
    baseSplit(image),
    layerTable(image, options.maxLayers),
    largestFiles(image),
    waste(image)
  ].filter(s => s !== '')
  return ['<details><summary>Where the bytes are</summary>', ...sections, '</details>'].join('\n\n')
}

function baseSplit(image: ImageMeasurement): string {
  if (!image.base) return `All ${formatBytes(image.size)} are your own layers (no base image).`
  const own = image.size - image.base.size
  return `Base ${inlineCode(image.base.image)}: ${formatBytes(image.base.size)} (${formatPercent(percentOf(image.base.size, image.size))}) in ${image.base.layers} ${image.base.layers === 1 ? 'layer' : 'layers'}; your layers: ${formatBytes(own)} (${formatPercent(percentOf(own, image.size))}).`
}

/** Every layer in order, or only the `maxLayers` largest when the table must be short. */
function layerTable(image: ImageMeasurement, maxLayers = Infinity): string {
  const shown =
    image.layers.length <= maxLayers
      ? image.layers
      : [...image.layers]
          .sort((a, b) => b.size - a.size)
          .slice(0, maxLayers)
          .sort((a, b) => a.index - b.index)
  const notes = [
    shown.length < image.layers.length
      ? `The ${shown.length} largest of ${image.layers.length} layers.`
      : '',
    compressedIsEstimated(image) ? `_${ESTIMATE_NOTE}_` : ''
  ].filter(line => line !== '')
  const note = notes.length > 0 ? `\n\n${notes.join(' ')}` : ''
  const rows = shown.map(
    layer =>
      `| ${layer.index + 1} | ${inlineCode(layer.instruction || '(no history)', 80)} | ${formatBytes(layer.size)} | ${formatLayerCompressed(layer)} | ${layer.files.toLocaleString('en-US')} |`
  )
  return (
    [
      '| # | Instruction | Size | Compressed | Files |',
      '| ---: | --- | ---: | ---: | ---: |',
      ...rows
    ].join('\n') + note
  )
}

function largestFiles(image: ImageMeasurement): string {
  if (image.largestFiles.length === 0) return ''
  const rows = image.largestFiles.map(
    file => `| ${inlineCode(file.path, 100)} | ${formatBytes(file.bytes)} |`
  )
  return ['| Largest files | Size |', '| --- | ---: |', ...rows].join('\n')
}

function waste(image: ImageMeasurement): string {
  if (image.wasted.bytes < WASTE_WORTH_SHOWING) return ''
  const paths = image.wasted.paths.map(
    file => `- ${inlineCode(file.path, 100)}: ${formatBytes(file.bytes)}`
  )
  return [
    `**Wasted: ${formatBytes(image.wasted.bytes)}** in files a later layer overwrites or deletes:`,
    ...paths
  ].join('\n')
}
