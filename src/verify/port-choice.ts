import type { ListeningPorts } from './listening-ports.js'
import { reachablePorts } from './proc-net-tcp.js'

/** What to do with two servers once their listening ports were read. */
export type PortChoice =
  /** Probe this port on both. */
  | { probe: number }
  /** Nothing to probe: the reason, for the report. */
  | { unprobed: string }
  /** The alternative does not listen where the original does. */
  | { differs: { summary: string; differences: string[] } }

/**
 * The port to probe on two running containers: the lowest one the original listens on that can be
 * reached from outside its container (bound to every address, not only its own loopback).
 */
export function choosePort(original: ListeningPorts, alternative: ListeningPorts): PortChoice {
  if ('unreadable' in original) return { unprobed: `no port to probe: ${original.unreadable}` }
  const reachable = reachablePorts(original.sockets)
  const port = reachable[0]
  if (port === undefined) {
    const inside = original.sockets.map(socket => socket.port)
    return {
      unprobed:
        inside.length === 0
          ? 'the original listens on no TCP port, so there was nothing to compare'
          : `the original listens only on its own loopback (${listOf(inside)}), which cannot be reached from outside its container, so there was nothing to compare`
    }
  }
  if ('unreadable' in alternative) return { probe: port }
  const theirs = reachablePorts(alternative.sockets)
  if (theirs.includes(port)) return { probe: port }
  return {
    differs: {
      summary: notListeningWhereTheOriginalDoes(port),
      differences: [
        `original listens on: ${listOf(reachable)}`,
        `alternative listens on: ${theirs.length === 0 ? 'no port' : listOf(theirs)}`
      ]
    }
  }
}

function listOf(ports: readonly number[]): string {
  return `port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}`
}

/** The one way both the port watch and the probe say the alternative does not listen. */
export function notListeningWhereTheOriginalDoes(port: number): string {
  return `the original listens on port ${port} but the alternative, still running, does not`
}
