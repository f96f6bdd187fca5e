import { describe, expect, it } from '@jest/globals'
import { listeningSockets } from '../../../src/verify/proc-net-tcp.js'

// Tables as a little-endian kernel prints them, copied from /proc/<pid>/net/tcp and tcp6 of a
// container running `nc -l -p 8080 & nc -l 127.0.0.1 -p 9090` with a client connected to 8080.
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:2382 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 22272 1 000000006c6a1247 100 0 0 10 0
   1: 0100007F:1F90 0100007F:D2A4 01 00000000:00000000 00:00000000 00000000     0        0 22290 1 000000006c6a1247 20 4 30 10 -1
   2: 7F00000A:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 22291 1 000000006c6a1247 100 0 0 10 0
`
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 24387 1 00000000a29b1388 100 0 0 10 0
   1: 00000000000000000000000001000000:0BB8 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 24388 1 00000000a29b1388 100 0 0 10 0
   2: 0000000000000000FFFF00000100007F:0FA0 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 24389 1 00000000a29b1388 100 0 0 10 0
`
describe('listeningSockets', () => {
  it('lists the ports in LISTEN state, sorted, and says which only loopback reaches', () => {
    expect(listeningSockets([TCP, TCP6], 'LE')).toEqual([
      // 10.0.0.127:80: its last byte is 127, its first is not
      { port: 80, loopbackOnly: false },
      // [::1]:3000
      { port: 3000, loopbackOnly: true },
      // [::ffff:127.0.0.1]:4000
      { port: 4000, loopbackOnly: true },
      // [::]:8080; the established connection to 127.0.0.1:8080 is not a listener
      { port: 8080, loopbackOnly: false },
      // 127.0.0.1:9090
      { port: 9090, loopbackOnly: true }
    ])
  })

  it('counts a port bound on loopback and on every address as reachable', () => {
    const both = `${TCP}   3: 00000000:2382 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n`
    expect(listeningSockets([both], 'LE').find(s => s.port === 9090)).toEqual({
      port: 9090,
      loopbackOnly: false
    })
  })

  it('reads the same addresses as a big-endian kernel prints them', () => {
    const header = TCP.split('\n')[0]!
    const row = (local: string) =>
      `   0: ${local} 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0`
    const table = [
      header,
      row('7F000001:2382'),
      row('0A00007F:0050'),
      row('00000000000000000000000000000001:0BB8'),
      row('00000000000000000000FFFF7F000001:0FA0')
    ].join('\n')
    expect(listeningSockets([table], 'BE')).toEqual([
      { port: 80, loopbackOnly: false },
      { port: 3000, loopbackOnly: true },
      { port: 4000, loopbackOnly: true },
      { port: 9090, loopbackOnly: true }
    ])
  })

  it('reads nothing from a table without listeners, or from text that is not one', () => {
    expect(listeningSockets([TCP.split('\n')[0]!])).toEqual([])
    expect(listeningSockets(['not a table\n0: zz:zz 0 0A'])).toEqual([])
  })
})
