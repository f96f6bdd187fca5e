import { describe, expect, it } from '@jest/globals'
import { DockerCommandError } from '../../src/docker.js'

describe('toolchain', () => {
  it('runs ESM TypeScript', () => {
    const e = new DockerCommandError(['build', '.'], { exitCode: 1, stdout: '', stderr: 'x' })
    expect(e.message).toContain('exited 1')
  })
})
