// One measurement in a process of its own, so its peak RSS is ours alone. bench/run.ts bundles this
// file with ncc (as the action is shipped) and runs it:
// `node child.js IMAGE [CACHE_DIR] [contents|no-contents|contents-uncached]`; `no-contents` leaves
// out reading what is inside (Go binaries, package databases, attack surface), `contents-uncached`
// takes compressed sizes from the cache but reads every layer's executables again.
import { fileLayerCache } from '../src/measure/cache.js'
import { measureImage } from '../src/measure/measure.js'

export interface ChildSample {
  seconds: number
  peakRssBytes: number
  size: number
  compressedSize: number
  /** Where each layer's compressed size came from, e.g. `blob, blob` (nothing recompressed). */
  sources: string
}

async function main(): Promise<void> {
  const [image, cacheDir, contents] = process.argv.slice(2)
  if (!image) throw new Error('usage: node child.js IMAGE [CACHE_DIR]')
  const started = performance.now()
  const cache = cacheDir ? fileLayerCache(cacheDir) : undefined
  const measured = await measureImage(image, {
    cache:
      cache && contents === 'contents-uncached'
        ? { ...cache, executables: async () => undefined, setExecutables: async () => {} }
        : cache,
    readContents: contents !== 'no-contents'
  })
  const sample: ChildSample = {
    seconds: (performance.now() - started) / 1000,
    // maxRSS is in KiB on Linux and macOS.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    size: measured.size,
    compressedSize: measured.compressedSize,
    sources: measured.layers.map(layer => layer.compressedSource).join(', ')
  }
  process.stdout.write(`${JSON.stringify(sample)}\n`)
}

// ncc bundles to CommonJS, where top-level await is not allowed.
main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
