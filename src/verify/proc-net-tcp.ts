// Reading the kernel's table of TCP sockets, /proc/<pid>/net/tcp and tcp6, kept apart from
// reading the files so the parsing is testable. Each line after the header is one socket:
//   sl  local_address rem_address   st …
//    0: 0100007F:2382 00000000:0000 0A …
// local_address is the address in hex, as the kernel stores it (IPv4: one 32-bit word in host
// byte order, so 127.0.0.1 is 0100007F on little-endian machines; IPv6: four such words), then
// the port in hex. st 0A is TCP_LISTEN.

import { endianness } from 'node:os'

const LISTEN = '0A'

/** A TCP port a process listens on, and whether only its own loopback can reach it. */
export interface ListeningSocket {
  port: number
  loopbackOnly: boolean
}

/**
 * The listening sockets of /proc/net/tcp* TABLES, one per port, sorted by port. ORDER is the
 * byte order of the kernel that wrote them: this machine's.
 */
export function listeningSockets(
  tables: readonly string[],
  order: 'LE' | 'BE' = endianness()
): ListeningSocket[] {
  const littleEndian = order === 'LE'
  const byPort = new Map<number, boolean>()
  for (const line of tables.flatMap(table => table.split('\n').slice(1))) {
    const [, local, , state] = line.trim().split(/\s+/)
    if (state !== LISTEN || local === undefined) continue
    const [address, portHex] = local.split(':')
    const port = Number.parseInt(portHex ?? '', 16)
    if (address === undefined || !(port > 0 && port < 65536)) continue
    // A port bound on any address as well as on loopback is reachable.
    byPort.set(port, (byPort.get(port) ?? true) && isLoopback(address, littleEndian))
  }
  return [...byPort.entries()]
    .sort(([a], [b]) => a - b)
    .map(([port, loopbackOnly]) => ({ port, loopbackOnly }))
}

/** The ports of SOCKETS that can be reached from outside the container: not bound to loopback only. */
export function reachablePorts(sockets: readonly ListeningSocket[]): number[] {
  return sockets.filter(socket => !socket.loopbackOnly).map(socket => socket.port)
}

/** 127.0.0.0/8, ::1 and ::ffff:127.0.0.0/104, in the kernel's word order. */
function isLoopback(hex: string, littleEndian: boolean): boolean {
  const address = hex.toUpperCase()
  const word = (networkOrder: string): string =>
    littleEndian ? networkOrder.match(/../g)!.reverse().join('') : networkOrder
  const isLoopbackV4Word = (printed: string): boolean =>
    // 127.x.y.z has 7F as its first byte in memory: printed last by a little-endian kernel.
    (littleEndian ? printed.slice(6) : printed.slice(0, 2)) === '7F'
  if (address.length === 8) return isLoopbackV4Word(address)
  if (address.length !== 32) return false
  const [first, second, third, fourth] = [0, 8, 16, 24].map(at => address.slice(at, at + 8))
  if (first !== '00000000' || second !== '00000000' || fourth === undefined) return false
  if (third === '00000000') return fourth === word('00000001')
  return third === word('0000FFFF') && isLoopbackV4Word(fourth)
}
