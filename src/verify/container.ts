import { docker, runDocker, type DockerOptions } from '../tools/docker.js'
import {
  lowestExposedTcpPort,
  publishedHostPort,
  stoppedExitCode,
  waitExitCode
} from './docker-output.js'

// Bound for the docker commands that only ask the daemon something; a container's own run time
// is bounded by the caller's timeout instead.
const QUERY_TIMEOUT_MS = 30_000

/** Where a container may talk: nowhere, or a port published on loopback for our HTTP probe. */
export type Network = { kind: 'none' } | { kind: 'published'; port: number }

/**
 * Starts IMAGE detached as NAME with ARGS appended to its entrypoint. Resolves to undefined once
 * it runs, or to docker's reason for not starting it. The name is chosen by the caller, so the
 * container can be removed even when this call times out half-way.
 */
export async function startContainer(
  name: string,
  image: string,
  args: readonly string[],
  network: Network,
  timeoutMs: number,
  options: DockerOptions
): Promise<string | undefined> {
  const networkArgs =
    network.kind === 'none' ? ['--network', 'none'] : ['--publish', `127.0.0.1::${network.port}`]
  const result = await runDocker(
    ['run', '--detach', '--pull', 'never', '--name', name, ...networkArgs, image, ...args],
    { ...options, timeoutMs }
  )
  if (result.exitCode === 0) return undefined
  const message = result.stderr.replace(/^Run 'docker run --help'.*$/m, '').trim()
  return message || `docker run exited ${result.exitCode} without a message`
}

/** NAME's exit code once it stops within WITHIN_MS, or undefined if it is still running. */
export async function waitForExit(
  name: string,
  withinMs: number,
  options: DockerOptions
): Promise<number | undefined> {
  if (withinMs > 0) {
    const waited = await runDocker(['wait', name], { ...options, timeoutMs: withinMs })
    const code = waited.exitCode === 0 ? waitExitCode(waited.stdout) : undefined
    if (code !== undefined) return code
  }
  return exitCodeIfStopped(name, options)
}

/** NAME's exit code if it has stopped, undefined while it runs. */
export async function exitCodeIfStopped(
  name: string,
  options: DockerOptions
): Promise<number | undefined> {
  const state = await docker(
    ['container', 'inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', name],
    { ...options, timeoutMs: QUERY_TIMEOUT_MS }
  )
  return stoppedExitCode(state)
}

/** What NAME wrote so far, stdout and stderr apart (empty if docker keeps no logs for it). */
export async function containerLogs(
  name: string,
  options: DockerOptions
): Promise<{ stdout: string; stderr: string }> {
  const result = await runDocker(['logs', name], { ...options, timeoutMs: QUERY_TIMEOUT_MS })
  return result.exitCode === 0
    ? { stdout: result.stdout, stderr: result.stderr }
    : { stdout: '', stderr: '' }
}

/** The loopback port docker published for NAME's container PORT. */
export async function hostPortOf(
  name: string,
  port: number,
  options: DockerOptions
): Promise<number | undefined> {
  const result = await runDocker(['port', name, `${port}/tcp`], {
    ...options,
    timeoutMs: QUERY_TIMEOUT_MS
  })
  return result.exitCode === 0 ? publishedHostPort(result.stdout) : undefined
}

/** The lowest TCP port IMAGE declares with EXPOSE. */
export async function exposedPortOf(
  image: string,
  options: DockerOptions
): Promise<number | undefined> {
  const json = await docker(
    ['image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image],
    { ...options, timeoutMs: QUERY_TIMEOUT_MS }
  )
  return lowestExposedTcpPort(json)
}

/** Force-removes NAMES; names that never became containers are fine. */
export async function removeContainers(
  names: readonly string[],
  options: DockerOptions
): Promise<void> {
  if (names.length === 0) return
  await runDocker(['rm', '--force', '--volumes', ...names], {
    ...options,
    timeoutMs: QUERY_TIMEOUT_MS
  })
}
