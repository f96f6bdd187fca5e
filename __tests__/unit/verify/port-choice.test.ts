import { describe, expect, it } from '@jest/globals'
import { choosePort } from '../../../src/verify/port-choice.js'

const on = (...ports: number[]) => ({
  sockets: ports.map(port => ({ port, loopbackOnly: false }))
})
const loopback = (...ports: number[]) => ({
  sockets: ports.map(port => ({ port, loopbackOnly: true }))
})
const unreadable = { unreadable: 'the container has no running process' }

describe('choosePort', () => {
  it('probes the lowest port the original listens on where the alternative listens too', () => {
    expect(choosePort(on(8080, 9090), on(8080, 9090))).toEqual({ probe: 8080 })
    expect(choosePort(on(8080), unreadable)).toEqual({ probe: 8080 })
  })

  it('skips ports the original binds only on its own loopback', () => {
    const original = { sockets: [...loopback(6060).sockets, ...on(8080).sockets] }
    expect(choosePort(original, on(8080))).toEqual({ probe: 8080 })
  })

  it('says the alternative differs when it does not listen where the original does', () => {
    expect(choosePort(on(8080), on())).toEqual({
      differs: {
        summary: 'the original listens on port 8080 but the alternative, still running, does not',
        differences: ['original listens on: port 8080', 'alternative listens on: no port']
      }
    })
    expect(choosePort(on(8080, 8081), on(9000))).toMatchObject({
      differs: {
        differences: ['original listens on: ports 8080, 8081', 'alternative listens on: port 9000']
      }
    })
  })

  it('leaves unprobed, with the reason, an original that listens nowhere reachable', () => {
    expect(choosePort(on(), on())).toEqual({
      unprobed: 'the original listens on no TCP port, so there was nothing to compare'
    })
    expect(choosePort(loopback(9090), loopback(9090))).toEqual({
      unprobed:
        'the original listens only on its own loopback (port 9090), which cannot be reached from outside its container, so there was nothing to compare'
    })
    expect(choosePort(unreadable, on(8080))).toEqual({
      unprobed: 'no port to probe: the container has no running process'
    })
  })
})
