// Times measureImage on a large image against the obvious shell pipeline, in one run:
//   npm run bench -- [--image golang:1.24] [--runs 3] [--only warm] [--example bench/large-service]
// `--only WORD` times only the rows whose name holds WORD (and the gzip pipeline, the yardstick)
// and leaves out the whole-run table; `--only pull-request` and `--only given-image` time only
// the pull-request rows or the `--image` rows; `--example DIR` names the project the pull-request
// rows build (examples/http-server unless given).
// Also times measureImage on the containerd image store (whose blobs are read, not recompressed)
// and registry-image on the loopback registry's two-platform index, when those are provisioned.
// Set DOCKER_HOST to bench another engine (e.g. the containerd image store).
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { measureRegistryImage } from '../src/registry/index.js'
import type { ChildSample } from './measure-child.js'
import { benchRecordedPullRequest, type TimedRow } from './pull-request.js'

/** One timed run of one row. */
interface Sample {
  seconds: number
  /** Undefined where the row runs tools we cannot see into (a shell pipeline). */
  peakRssBytes?: number
  compressedSize: number
  /** Where the layers' compressed sizes came from (`estimate`, `blob`, `manifest`). */
  sources?: string
}

/** A row of the table: add one to bench another path through the code. */
interface BenchRow {
  name: string
  /** Runs once before the timed runs (e.g. to fill a cache); not timed. */
  prepare?: () => Promise<void>
  sample: () => Promise<Sample>
  /**
   * Rows marked so take their samples in turns (one of each, then again), so that a machine that
   * speeds up or slows down during the run weighs on each of them alike.
   */
  inTurns?: boolean
}

interface RowResult {
  name: string
  samples: Sample[]
}

const CONTAINERD = { DOCKER_HOST: 'unix:///var/run/docker-containerd.sock' }
const CONTAINERD_IMAGE = 'gib-bench:containerd-blobs'
const REGISTRY_INDEX = '127.0.0.1:5000/acme/hello:multi'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const run = promisify(execFile)

async function main(): Promise<void> {
  const image = option('--image') ?? 'golang:1.24'
  const runs = Number(option('--runs') ?? 3)
  if (option('--only') === 'pull-request') return printPullRequestRows(runs)
  const work = await mkdtemp(join(tmpdir(), 'image-budget-bench-'))
  if (option('--only') === 'given-image') {
    await printGivenImageRows(runs, join(work, 'cli-cache'))
    return rm(work, { recursive: true, force: true })
  }
  try {
    const child = await bundleChild(work)
    const warmCache = join(work, 'warm-cache')
    let coldRun = 0
    const rows: BenchRow[] = [
      { name: '`docker save | gzip -6 | wc -c`', sample: () => shellGzip(image) },
      {
        name: 'measureImage, cold (no cache)',
        sample: () => measureInChild(child, image, join(work, `cold-cache-${coldRun++}`))
      },
      {
        name: 'measureImage, warm (sizes cached)',
        prepare: async () => void (await measureInChild(child, image, warmCache)),
        sample: () => measureInChild(child, image, warmCache),
        inTurns: true
      },
      {
        name: 'measureImage, warm, without reading what is inside',
        sample: () => measureInChild(child, image, warmCache, 'no-contents'),
        inTurns: true
      },
      {
        name: 'measureImage, warm sizes, what is inside read again (not cached)',
        sample: () => measureInChild(child, image, warmCache, 'contents-uncached'),
        inTurns: true
      },
      {
        name: `measureImage on the containerd store, cold (${CONTAINERD_IMAGE}: BuildKit's gzip blobs of debian:bookworm-slim)`,
        prepare: () => buildOnContainerd(),
        sample: () =>
          measureInChild(
            child,
            CONTAINERD_IMAGE,
            join(work, `containerd-${coldRun++}`),
            'contents',
            CONTAINERD
          )
      },
      {
        name: `registry-image ${REGISTRY_INDEX} (two platforms, manifests only)`,
        sample: () => registryImage()
      }
    ]
    const only = option('--only')
    const results: RowResult[] = []
    const chosen = rows.filter((r, i) => i === 0 || !only || r.name.includes(only))
    for (const row of chosen.filter(r => !r.inTurns)) {
      process.stderr.write(`${row.name}: `)
      await row.prepare?.()
      const samples: Sample[] = []
      for (let i = 0; i < runs; i++) {
        samples.push(await row.sample())
        process.stderr.write(`${samples.at(-1)!.seconds.toFixed(1)} s `)
      }
      process.stderr.write('\n')
      results.push({ name: row.name, samples })
    }
    const inTurns = chosen.filter(r => r.inTurns)
    for (const row of inTurns) await row.prepare?.()
    const turns = inTurns.map(row => ({ name: row.name, samples: [] as Sample[] }))
    for (let i = 0; i < runs; i++) {
      for (const [index, row] of inTurns.entries()) turns[index]!.samples.push(await row.sample())
      process.stderr.write(
        `turn ${i + 1}: ${turns.map(t => t.samples.at(-1)!.seconds.toFixed(1)).join(' s, ')} s\n`
      )
    }
    results.push(...turns)
    const engine = process.env.DOCKER_HOST || 'default engine'
    console.log(`\n${image} on ${engine}, ${runs} runs each, median times\n`)
    console.log(formatTable(results))
    const inside = insideCost(results)
    if (inside) console.log(`\n${inside}`)
    if (only) return
    console.log(`\nexamples/hello, whole run against the two builds it makes, ${runs} runs each\n`)
    console.log(formatRunTable(await benchWholeRun(runs, join(work, 'cli-cache'))))
    await printGivenImageRows(runs, join(work, 'cli-cache'))
    await printPullRequestRows(runs)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The measurement runs in a process of its own, bundled as the action ships, so RSS is ours. */
async function bundleChild(work: string): Promise<string> {
  const out = join(work, 'child')
  await run('npx', ['ncc', 'build', join(here, 'measure-child.ts'), '-o', out, '-q', '-t'], {
    cwd: root
  })
  // The bundle starts its deflate workers from a bundle of their own beside it, as dist/ has.
  const worker = join(root, 'src', 'measure', 'deflate-worker.ts')
  await run('npx', ['ncc', 'build', worker, '-o', join(out, 'deflate-worker'), '-q', '-t'], {
    cwd: root
  })
  return join(out, 'index.js')
}

async function measureInChild(
  child: string,
  image: string,
  cacheDir: string,
  contents: 'contents' | 'no-contents' | 'contents-uncached' = 'contents',
  env: NodeJS.ProcessEnv = {}
): Promise<Sample> {
  const { stdout } = await run(process.execPath, [child, image, cacheDir, contents], {
    maxBuffer: 1024 * 1024,
    env: { ...process.env, ...env }
  })
  const sample = JSON.parse(stdout) as ChildSample
  return sample
}

/** An image whose layer the containerd store keeps as the gzip blob BuildKit wrote. */
async function buildOnContainerd(): Promise<void> {
  const build = spawn('docker', ['buildx', 'build', '--quiet', '--tag', CONTAINERD_IMAGE, '-'], {
    env: { ...process.env, ...CONTAINERD }
  })
  build.stdin.end('FROM scratch\nCOPY --from=debian:bookworm-slim / /\n')
  await new Promise<void>((resolve, reject) => {
    build.on('error', reject)
    build.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`docker buildx build exited ${code}`))
    )
  })
}

/** registry-image's measurement, in this process: manifests over loopback HTTP. */
async function registryImage(): Promise<Sample> {
  const started = performance.now()
  const measured = await measureRegistryImage(REGISTRY_INDEX)
  return {
    seconds: (performance.now() - started) / 1000,
    compressedSize: measured.platforms.reduce((sum, platform) => sum + platform.compressedSize, 0),
    sources: measured.platforms.map(p => `${p.platform} ${p.compressedSize}`).join('; ')
  }
}

async function shellGzip(image: string): Promise<Sample> {
  const started = performance.now()
  const stdout = await new Promise<string>((resolve, reject) => {
    const shell = spawn('bash', [
      '-c',
      'set -o pipefail; docker save "$1" | gzip -6 | wc -c',
      'bash',
      image
    ])
    let out = ''
    shell.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    shell.on('error', reject)
    shell.on('close', code =>
      code === 0 ? resolve(out) : reject(new Error(`docker save | gzip exited ${code}`))
    )
  })
  return { seconds: (performance.now() - started) / 1000, compressedSize: Number(stdout.trim()) }
}

/**
 * What reading the binaries, the package databases and the attack surface adds to a warm run: with
 * the executables of unchanged layers from the layer cache, as a second run has them, and read
 * again from every layer.
 */
function insideCost(results: RowResult[]): string | undefined {
  const time = (name: string): number | undefined => {
    const row = results.find(result => result.name.startsWith(name))
    return row && median(row.samples.map(s => s.seconds))
  }
  const withInside = time('measureImage, warm (sizes cached)')
  const without = time('measureImage, warm, without')
  const readAgain = time('measureImage, warm sizes, what is inside read again')
  // Both rows run unless --only leaves one out.
  if (withInside === undefined || without === undefined) return undefined
  const cost = (seconds: number): string => {
    const percent = ((seconds - without) / without) * 100
    return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)} %`
  }
  const uncached =
    readAgain === undefined
      ? ''
      : `; with every layer's executables read again, ${cost(readAgain)} (${readAgain.toFixed(1)} s)`
  return `Reading what is inside costs ${cost(withInside)} of a warm measurement (${withInside.toFixed(1)} s against ${without.toFixed(1)} s, medians, executables of the unchanged layers from the layer cache)${uncached}.`
}

function formatTable(results: RowResult[]): string {
  const baseline = median(results[0]!.samples.map(sample => sample.seconds))
  const lines = [
    '| what | median time | vs gzip pipeline | peak RSS (max) | compressed bytes | layer sources |',
    '|---|---:|---:|---:|---:|---|'
  ]
  for (const { name, samples } of results) {
    const seconds = median(samples.map(sample => sample.seconds))
    const peaks = samples.flatMap(sample => sample.peakRssBytes ?? [])
    const rss = peaks.length > 0 ? `${(Math.max(...peaks) / 1048576).toFixed(0)} MiB` : 'n/a'
    const ratio = `${(seconds / baseline).toFixed(2)}×`
    const bytes = samples[0]!.compressedSize.toLocaleString('en-US')
    const time = seconds < 1 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(1)} s`
    const cells = [name, time, ratio, rss, bytes, samples[0]!.sources ?? '']
    lines.push(`| ${cells.map(cell => cell.replaceAll('|', '\\|')).join(' | ')} |`)
  }
  return lines.join('\n')
}

/**
 * The CLI on examples/hello (build, measure, generate, build, run both) against the two raw
 * `docker buildx build` commands it runs, everything else being what the tool adds. Both start
 * from a warm build cache and the CLI from warm compressed sizes, as a second CI run would.
 */
async function benchWholeRun(
  runs: number,
  cacheHome: string
): Promise<{ name: string; seconds: number[] }[]> {
  const context = join(root, 'examples/hello')
  const cli = join(root, 'dist/cli/index.js')
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome }
  const { stdout } = await run(process.execPath, [cli, '--context', context, '--json'], {
    env,
    maxBuffer: 64 << 20
  })
  const generated = (JSON.parse(stdout) as { alternative: { dockerfile: string } }).alternative
    .dockerfile
  const rawBuilds = async (): Promise<void> => {
    await run('docker', ['buildx', 'build', '--load', '-q', '-t', 'gib-bench:original', context])
    await new Promise<void>((resolve, reject) => {
      const build = spawn('docker', [
        'buildx',
        'build',
        '--load',
        '-q',
        '-t',
        'gib-bench:scratch',
        '-f',
        '-',
        context
      ])
      build.on('error', reject)
      build.on('close', code =>
        code === 0 ? resolve() : reject(new Error(`docker buildx build exited ${code}`))
      )
      build.stdin.end(generated)
    })
  }
  try {
    return [
      {
        name: 'two raw `docker buildx build --load` (original, alternative)',
        seconds: await timedRuns(runs, rawBuilds)
      },
      {
        name: 'go-image-budget CLI (build, measure, generate, build, verify)',
        seconds: await timedRuns(runs, () =>
          run(process.execPath, [cli, '--context', context], { env })
        )
      }
    ]
  } finally {
    await run('docker', ['image', 'rm', 'gib-bench:original', 'gib-bench:scratch']).catch(
      () => undefined
    )
  }
}

/** Seconds of each of `runs` runs of `work`, one after the other. */
async function timedRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const seconds: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    seconds.push((performance.now() - started) / 1000)
  }
  return seconds
}

/**
 * A run given the image an earlier step built (`image`, as after build-push-action with
 * `load: true`): only the alternative is built. Against one plain `docker buildx build --load` of
 * the image, with the build cache and the compressed sizes warm as in the whole-run table.
 */
async function benchGivenImage(
  runs: number,
  cacheHome: string
): Promise<{ name: string; seconds: number[] }[]> {
  const context = join(root, 'examples/hello')
  const cli = join(root, 'dist/cli/index.js')
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome }
  const tag = 'gib-bench:given'
  const plainBuild = () => run('docker', ['buildx', 'build', '--load', '-q', '-t', tag, context])
  const givenImage = () =>
    run(process.execPath, [cli, '--context', context, '--image', tag], { env })
  await plainBuild()
  // Untimed: fills the size cache, so no row pays for the first measurement of these layers.
  await givenImage()
  try {
    return [
      {
        name: 'one `docker buildx build --load` of the image',
        seconds: await timedRuns(runs, plainBuild)
      },
      {
        name: 'go-image-budget CLI with `--image` (measure, build the alternative, verify)',
        seconds: await timedRuns(runs, givenImage)
      },
      {
        name: 'go-image-budget CLI without it (builds the image too)',
        seconds: await timedRuns(runs, () =>
          run(process.execPath, [cli, '--context', context], { env })
        )
      }
    ]
  } finally {
    await run('docker', ['image', 'rm', tag]).catch(() => undefined)
  }
}

function formatRunTable(
  rows: { name: string; seconds: number[] }[],
  against = 'vs raw builds'
): string {
  const baseline = median(rows[0]!.seconds)
  const lines = [`| what | median time | ${against} |`, '|---|---:|---:|']
  for (const { name, seconds } of rows) {
    lines.push(
      `| ${name} | ${median(seconds).toFixed(1)} s | ${(median(seconds) / baseline).toFixed(2)}× |`
    )
  }
  return lines.join('\n')
}

async function printGivenImageRows(runs: number, cacheHome: string): Promise<void> {
  const rows = await benchGivenImage(runs, cacheHome)
  console.log(`\nexamples/hello with --image (built once before), ${runs} runs each\n`)
  console.log(formatRunTable(rows, 'vs one build'))
}

async function printPullRequestRows(runs: number): Promise<void> {
  // bench/large-service compiles much of the standard library: a build of about a minute.
  const example = option('--example') ?? 'examples/http-server'
  const rows = await benchRecordedPullRequest(join(root, example), runs)
  console.log(`\n${example}, a pull request whose base commit was recorded, ${runs} runs each\n`)
  console.log(formatPullRequestTable(rows))
}

/** Each pull-request row against the plain build row just above it (cold, then warm). */
function formatPullRequestTable(rows: TimedRow[]): string {
  const lines = ['| what | median time | vs one plain build |', '|---|---:|---:|']
  rows.forEach(({ name, seconds }, index) => {
    const against = median(rows[index - (index % 2)]!.seconds)
    const cells = [
      name,
      `${median(seconds).toFixed(1)} s`,
      `${(median(seconds) / against).toFixed(2)}×`
    ]
    lines.push(`| ${cells.map(cell => cell.replaceAll('|', '\\|')).join(' | ')} |`)
  })
  return lines.join('\n')
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
