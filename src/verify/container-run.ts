import { setTimeout as sleep } from 'node:timers/promises'
import type { DockerOptions } from '../tools/docker.js'
import {
  containerLogs,
  exitCodeIfStopped,
  hostPortOf,
  startContainer,
  waitForExit,
  type Network
} from './container.js'
import { getOnLoopback } from './http-get.js'
import { listeningPortsOf } from './listening-ports.js'
import { reachablePorts } from './proc-net-tcp.js'
import type { HttpAnswer, RunObservation } from './types.js'

const RETRY_EVERY_MS = 250
const MAX_REQUEST_MS = 2000
const LISTENING_GRACE_MS = 3000

/** One container we started, and what we learned about it so far. */
export interface ContainerRun {
  name: string
  startedAt: number
  /** When this run's time limit is up. */
  deadline: number
  startError?: string
  exitCode?: number
  http?: HttpAnswer
}

export interface RunPlan {
  image: string
  name: string
  args: readonly string[]
  network: Network
  timeoutMs: number
  /** How long to wait for an early exit before calling it running. */
  settleMs: number
}

export function isRunning(run: ContainerRun): boolean {
  return run.startError === undefined && run.exitCode === undefined
}

/** Starts the container and gives it SETTLE_MS to exit on its own, unless STOP says not to wait. */
export async function startRun(
  plan: RunPlan,
  docker: DockerOptions,
  stop?: AbortSignal
): Promise<ContainerRun> {
  const startedAt = Date.now()
  const run: ContainerRun = { name: plan.name, startedAt, deadline: startedAt + plan.timeoutMs }
  const startError = await startContainer(
    plan.name,
    plan.image,
    plan.args,
    plan.network,
    plan.timeoutMs,
    docker
  )
  if (startError !== undefined) return { ...run, startError }
  const settle = stop?.aborted ? 0 : Math.min(plan.settleMs, run.deadline - Date.now())
  return { ...run, exitCode: await waitForExit(plan.name, settle, docker) }
}

/** Waits for a running container to exit, until its time limit is up. */
export async function finishRun(run: ContainerRun, docker: DockerOptions): Promise<ContainerRun> {
  if (!isRunning(run)) return run
  return { ...run, exitCode: await waitForExit(run.name, run.deadline - Date.now(), docker) }
}

/**
 * GETs PATH on the container's published PORT until it answers, it exits, its time limit is up
 * or STOP says the answer is no longer wanted. Servers take a moment to listen, and docker's
 * proxy accepts connections before they do; one seen listening on the port that still gives no
 * answer after LISTENING_GRACE_MS speaks something other than HTTP, and waiting longer tells
 * nothing more.
 */
export async function probeRun(
  run: ContainerRun,
  port: number,
  path: string,
  docker: DockerOptions,
  stop?: AbortSignal
): Promise<ContainerRun> {
  if (!isRunning(run) || stop?.aborted) return run
  const hostPort = await hostPortOf(run.name, port, docker)
  if (hostPort === undefined)
    return { ...run, http: { port, path, error: `docker published no host port for ${port}/tcp` } }
  let listeningSince: number | undefined
  for (;;) {
    const remaining = run.deadline - Date.now()
    const reply = await getOnLoopback(
      hostPort,
      path,
      Math.max(1, Math.min(MAX_REQUEST_MS, remaining))
    )
    if ('status' in reply) return { ...run, http: { port, path, ...reply } }
    const exitCode = await exitCodeIfStopped(run.name, docker)
    if (exitCode !== undefined) return { ...run, exitCode }
    const listening = await listensOn(run.name, port, docker)
    if (listening) listeningSince ??= Date.now()
    const gaveUp = listeningSince !== undefined && Date.now() - listeningSince >= LISTENING_GRACE_MS
    if (gaveUp || stop?.aborted || Date.now() + RETRY_EVERY_MS >= run.deadline)
      return { ...run, http: { port, path, error: reply.error, listening } }
    await sleep(RETRY_EVERY_MS)
  }
}

/** Whether NAME's process listens on PORT where a probe can reach it; undefined if unread. */
async function listensOn(
  name: string,
  port: number,
  docker: DockerOptions
): Promise<boolean | undefined> {
  const ports = await listeningPortsOf(name, docker)
  if (!('sockets' in ports)) return undefined
  return reachablePorts(ports.sockets).includes(port)
}

/** What the run amounts to, with everything the container wrote. */
export async function observeRun(
  run: ContainerRun,
  docker: DockerOptions
): Promise<RunObservation> {
  const { stdout, stderr } = await containerLogs(run.name, docker)
  if (run.startError !== undefined)
    return { state: 'not-started', error: run.startError, stdout, stderr }
  if (run.exitCode !== undefined) return { state: 'exited', exitCode: run.exitCode, stdout, stderr }
  const forMs = Date.now() - run.startedAt
  return run.http === undefined
    ? { state: 'running', forMs, stdout, stderr }
    : { state: 'running', forMs, stdout, stderr, http: run.http }
}
