import { setTimeout as sleep } from 'node:timers/promises'
import type { DockerOptions } from '../tools/docker.js'
import { compareRuns } from './compare.js'
import { exposedPortOf, type Network } from './container.js'
import {
  finishRun,
  isRunning,
  observeRun,
  type ContainerRun,
  type RunPlan
} from './container-run.js'
import { listeningPortsOf } from './listening-ports.js'
import { choosePort, type PortChoice } from './port-choice.js'
import type { ParityOptions, ParityResult } from './types.js'
import { VerificationRuns } from './verification-runs.js'

export { compareRuns } from './compare.js'

export const DEFAULT_SETTLE_MS = 1500
export const DEFAULT_NAME_PREFIX = 'go-image-budget-verify'
// How long a server that runs may take to start listening, and how often we look.
const LISTEN_WITHIN_MS = 5000
const LOOK_EVERY_MS = 250

const NO_NETWORK: Network = { kind: 'none' }

/**
 * Runs ORIGINAL and ALTERNATIVE side by side with the same arguments and judges whether the
 * alternative behaves the same: same exit code and stdout for a program, same HTTP status for a
 * server (on the port given, else the one EXPOSEd, else the one the original is seen listening
 * on). Two servers that kept running but could not be compared are `started`, not `verified`.
 * Every container it starts is removed before it returns, whatever happens. Throws only when
 * docker itself cannot be used, or when STOP says the verdict is no longer wanted: the runs are
 * then cut short (their containers removed at once) and it rejects with a VerificationStopped.
 */
export async function verifyParity(
  original: string,
  alternative: string,
  options: ParityOptions,
  docker: DockerOptions = {},
  stop?: AbortSignal
): Promise<ParityResult> {
  const runs = new VerificationRuns(options.namePrefix ?? DEFAULT_NAME_PREFIX, docker, stop)
  try {
    const verdict = await runAndJudge(original, alternative, options, runs)
    if (stop?.aborted) throw new VerificationStopped()
    return verdict
  } catch (error) {
    throw stop?.aborted ? new VerificationStopped() : error
  } finally {
    await runs.end()
  }
}

/** Rejects a verification that was stopped: there is no verdict. */
export class VerificationStopped extends Error {
  constructor() {
    super('the verification was stopped before it had a verdict')
    this.name = 'VerificationStopped'
  }
}

async function runAndJudge(
  original: string,
  alternative: string,
  options: ParityOptions,
  runs: VerificationRuns
): Promise<ParityResult> {
  const { docker } = runs
  const plan = (image: string, role: string, network: Network, settleMs: number): RunPlan => ({
    image,
    name: runs.name(role),
    args: options.args,
    network,
    timeoutMs: options.timeoutMs,
    settleMs
  })
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS
  const path = options.path.startsWith('/') ? options.path : `/${options.path}`
  const published = (port: number): Promise<ContainerRun[]> => {
    const network: Network = { kind: 'published', port }
    const probe = (image: string, role: string): Promise<ContainerRun> =>
      runs.start(plan(image, role, network, 0), run => runs.probe(run, port, path))
    return Promise.all([probe(original, 'original-http'), probe(alternative, 'alternative-http')])
  }
  // A port known before the runs (given, or EXPOSEd) is probed while the isolated runs settle,
  // in a second pair of runs with it published; its answers count only if both runs keep running.
  // An image docker cannot inspect is told by its run, which cannot start.
  const exposed = (): Promise<number | undefined> =>
    exposedPortOf(original, docker).then(
      async port => port ?? (await exposedPortOf(alternative, docker))
    )
  let unread = false
  const known: Promise<number | undefined> =
    options.port !== undefined
      ? Promise.resolve(options.port)
      : exposed().catch(() => void (unread = true))
  const isolated = Promise.all([
    runs.start(plan(original, 'original', NO_NETWORK, settleMs)),
    runs.start(plan(alternative, 'alternative', NO_NETWORK, settleMs))
  ])
  // Either pair may fail before it is awaited, or never be awaited: that is no crash of the run.
  isolated.catch(() => undefined)
  const port = await known
  const early = port === undefined ? undefined : published(port)
  early?.catch(() => undefined)
  const first = await isolated
  const [before, after] = first
  let unprobed: string | undefined
  if (isRunning(before) && isRunning(after)) {
    if (early) return await judge(await early, docker)
    // Both run, so both can be inspected: a failure now is docker's own.
    const port = unread ? await exposed() : undefined
    if (port !== undefined) return await judge(await published(port), docker)
    const choice: PortChoice = await watchForPort(before, after, docker)
    if ('differs' in choice) return { status: 'differs', ...choice.differs }
    if ('unprobed' in choice) unprobed = choice.unprobed
    else return await judge(await published(choice.probe), docker)
  }
  runs.stopProbing()
  // Once the original runs and the alternative is gone, waiting longer changes nothing.
  const finished =
    isRunning(before) && !isRunning(after)
      ? first
      : await Promise.all(first.map(run => finishRun(run, docker)))
  return await judge(finished, docker, unprobed)
}

/**
 * Reads the ports both servers listen on until the original listens where the alternative does
 * too, LISTEN_WITHIN_MS is up, or one of them stops.
 */
async function watchForPort(
  original: ContainerRun,
  alternative: ContainerRun,
  docker: DockerOptions
): Promise<PortChoice> {
  const until = Math.min(original.deadline, Date.now() + LISTEN_WITHIN_MS)
  for (;;) {
    const [theirs, ours] = await Promise.all([
      listeningPortsOf(original.name, docker),
      listeningPortsOf(alternative.name, docker)
    ])
    const choice = choosePort(theirs, ours)
    const settled = 'probe' in choice || 'unreadable' in theirs || 'unreadable' in ours
    if (settled || Date.now() + LOOK_EVERY_MS >= until) return choice
    await sleep(LOOK_EVERY_MS)
  }
}

async function judge(
  runs: ContainerRun[],
  docker: DockerOptions,
  unprobed?: string
): Promise<ParityResult> {
  const [original, alternative] = await Promise.all(runs.map(run => observeRun(run, docker)))
  if (original === undefined || alternative === undefined) throw new Error('expected two runs')
  return compareRuns(original, alternative, unprobed)
}
