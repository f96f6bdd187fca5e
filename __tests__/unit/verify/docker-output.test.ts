import { describe, expect, it } from '@jest/globals'
import {
  lowestExposedTcpPort,
  publishedHostPort,
  stoppedExitCode,
  waitExitCode
} from '../../../src/verify/docker-output.js'

describe('reading docker output', () => {
  it('finds the lowest exposed TCP port', () => {
    expect(lowestExposedTcpPort('{"8080/tcp":{},"443/tcp":{},"53/udp":{}}\n')).toBe(443)
    expect(lowestExposedTcpPort('{"9000":{}}')).toBe(9000)
    expect(lowestExposedTcpPort('{"53/udp":{}}')).toBeUndefined()
    expect(lowestExposedTcpPort('null\n')).toBeUndefined()
    expect(lowestExposedTcpPort('')).toBeUndefined()
  })

  it('reads the published host port', () => {
    expect(publishedHostPort('127.0.0.1:49153\n')).toBe(49153)
    expect(publishedHostPort('0.0.0.0:32768\n[::]:32768\n')).toBe(32768)
    expect(publishedHostPort('')).toBeUndefined()
  })

  it('reads exit codes from docker wait and docker inspect', () => {
    expect(waitExitCode('137\n')).toBe(137)
    expect(waitExitCode('Error: No such container')).toBeUndefined()
    expect(stoppedExitCode('false 3\n')).toBe(3)
    expect(stoppedExitCode('true 0\n')).toBeUndefined()
  })
})
