import { randomBytes } from 'node:crypto'
import type { DockerOptions } from '../tools/docker.js'
import { compareRuns } from './compare.js'
import { exposedPortOf, removeContainers, type Network } from './container.js'
import {
  finishRun,
  isRunning,
  observeRun,
  probeRun,
  startRun,
  type ContainerRun
} from './container-run.js'
import type { ParityOptions, ParityResult } from './types.js'

export { compareRuns } from './compare.js'

export const DEFAULT_SETTLE_MS = 1500
export const DEFAULT_NAME_PREFIX = 'go-image-budget-verify'

const NO_NETWORK: Network = { kind: 'none' }

/**
 * Runs ORIGINAL and ALTERNATIVE side by side with the same arguments and judges whether the
 * alternative behaves the same: same exit code and stdout for a program, same HTTP status for a
 * server, both still running for anything else. Every container it starts is removed before it
 * returns, whatever happens. Throws only when docker itself cannot be used.
 */
export async function verifyParity(
  original: string,
  alternative: string,
  options: ParityOptions,
  docker: DockerOptions = {}
): Promise<ParityResult> {
  const names = containerNames(options.namePrefix ?? DEFAULT_NAME_PREFIX)
  const plan = (image: string, role: string, network: Network, settleMs: number) => ({
    image,
    name: names.next(role),
    args: options.args,
    network,
    timeoutMs: options.timeoutMs,
    settleMs
  })
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS
  try {
    const first = await Promise.all([
      startRun(plan(original, 'original', NO_NETWORK, settleMs), docker),
      startRun(plan(alternative, 'alternative', NO_NETWORK, settleMs), docker)
    ])
    const [before, after] = first
    if (isRunning(before) && isRunning(after)) {
      const port =
        options.port ??
        (await exposedPortOf(original, docker)) ??
        (await exposedPortOf(alternative, docker))
      if (port !== undefined) {
        // Servers get a second run with the port published; the isolated first run is done.
        await removeContainers([before.name, after.name], docker)
        const network: Network = { kind: 'published', port }
        const path = options.path.startsWith('/') ? options.path : `/${options.path}`
        const probed = await Promise.all([
          startRun(plan(original, 'original-http', network, 0), docker).then(run =>
            probeRun(run, port, path, docker)
          ),
          startRun(plan(alternative, 'alternative-http', network, 0), docker).then(run =>
            probeRun(run, port, path, docker)
          )
        ])
        return await judge(probed, docker)
      }
    }
    // Once the original runs and the alternative is gone, waiting longer changes nothing.
    const finished =
      isRunning(before) && !isRunning(after)
        ? first
        : await Promise.all(first.map(run => finishRun(run, docker)))
    return await judge(finished, docker)
  } finally {
    await removeContainers(names.all(), docker)
  }
}

async function judge(runs: ContainerRun[], docker: DockerOptions): Promise<ParityResult> {
  const [original, alternative] = await Promise.all(runs.map(run => observeRun(run, docker)))
  if (original === undefined || alternative === undefined) throw new Error('expected two runs')
  return compareRuns(original, alternative)
}

/** Unique container names under PREFIX, remembered so all of them can be removed. */
function containerNames(prefix: string) {
  const run = randomBytes(4).toString('hex')
  const all: string[] = []
  return {
    next(role: string): string {
      const name = `${prefix}-${run}-${role}`
      all.push(name)
      return name
    },
    all: (): readonly string[] => all
  }
}
