import { readFile } from 'node:fs/promises'
import { docker, type DockerOptions } from '../tools/docker.js'
import { listeningSockets, type ListeningSocket } from './proc-net-tcp.js'

const QUERY_TIMEOUT_MS = 30_000

/** The TCP ports a running container listens on, or why they could not be read. */
export type ListeningPorts = { sockets: ListeningSocket[] } | { unreadable: string }

/**
 * Reads the ports NAME's container listens on from the host: the kernel's socket tables of its
 * network namespace, /proc/<pid>/net/tcp and tcp6 of its first process. That works wherever the
 * engine runs on this machine, whatever the image holds (scratch has no `netstat` to exec). The
 * process is checked to be the container's (its cgroup names the container's ID) before its
 * tables are trusted: with a remote engine the same PID is some other process of this machine.
 */
export async function listeningPortsOf(
  name: string,
  options: DockerOptions
): Promise<ListeningPorts> {
  let id: string
  let pid: number
  try {
    const state = await docker(
      ['container', 'inspect', '--format', '{{.Id}} {{.State.Pid}}', name],
      { ...options, timeoutMs: QUERY_TIMEOUT_MS }
    )
    const [first, second] = state.trim().split(/\s+/)
    id = first ?? ''
    pid = Number(second)
  } catch {
    return { unreadable: 'docker could not say which process the container runs' }
  }
  if (!(pid > 0)) return { unreadable: 'the container has no running process' }
  const proc = `/proc/${pid}`
  const cgroup = await readFile(`${proc}/cgroup`, 'utf8').catch(() => '')
  if (id === '' || !cgroup.includes(id))
    return {
      unreadable:
        "the container's process is not visible from this machine (a Docker engine on another machine or in a VM), so its ports could not be read"
    }
  const tables = await Promise.all(
    ['tcp', 'tcp6'].map(table => readFile(`${proc}/net/${table}`, 'utf8').catch(() => undefined))
  )
  const read = tables.filter((table): table is string => table !== undefined)
  if (read.length === 0) return { unreadable: `${proc}/net/tcp could not be read` }
  return { sockets: listeningSockets(read) }
}
