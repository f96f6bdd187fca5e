// Reading what the docker CLI prints, kept apart from running it so the parsing is testable.

/** The lowest TCP port in `{{json .Config.ExposedPorts}}` output (`{"8080/tcp":{}}` or `null`). */
export function lowestExposedTcpPort(exposedPortsJson: string): number | undefined {
  const parsed: unknown = JSON.parse(exposedPortsJson.trim() || 'null')
  if (parsed === null || typeof parsed !== 'object') return undefined
  const ports = Object.keys(parsed)
    .map(key => /^(\d+)(?:\/tcp)?$/.exec(key)?.[1])
    .filter((port): port is string => port !== undefined)
    .map(Number)
    .filter(port => port > 0 && port < 65536)
  return ports.length === 0 ? undefined : Math.min(...ports)
}

/** The host port in `docker port NAME PORT/tcp` output (`127.0.0.1:49153`, maybe more lines). */
export function publishedHostPort(dockerPortOutput: string): number | undefined {
  for (const line of dockerPortOutput.split('\n')) {
    const port = /:(\d+)\s*$/.exec(line)?.[1]
    if (port !== undefined) return Number(port)
  }
  return undefined
}

/** The exit code `docker wait` prints, if it printed one. */
export function waitExitCode(dockerWaitOutput: string): number | undefined {
  const text = dockerWaitOutput.trim()
  return /^-?\d+$/.test(text) ? Number(text) : undefined
}

/** Exit code from `{{.State.Running}} {{.State.ExitCode}}`, or undefined while it still runs. */
export function stoppedExitCode(stateOutput: string): number | undefined {
  const [running, code] = stateOutput.trim().split(/\s+/)
  if (running === 'true' || code === undefined) return undefined
  return Number(code)
}
