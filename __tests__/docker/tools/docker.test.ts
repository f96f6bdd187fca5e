import { describe, expect, it } from '@jest/globals'
import { runDocker } from '../../../src/tools/docker.js'

// A docker command that ends before it has read its standard input closes the pipe while the run
// is still writing to it (EPIPE). The command's own exit code and stderr say what happened; the
// broken pipe must not crash the run.

// More than a pipe buffers, so the write is still under way when the command ends.
const LARGE_INPUT = 'x'.repeat(16 * 1024 * 1024)

describe('runDocker with input the command does not read', () => {
  it('reports a command that exits without reading its input', async () => {
    const result = await runDocker(['version', '--format', '{{.Client.Version}}'], {
      input: LARGE_INPUT
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+/)
  })

  it('reports a command killed while its input is being written', async () => {
    const result = await runDocker(['image', 'load'], { input: LARGE_INPUT, timeoutMs: 1 })
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toContain('(killed after 1 ms)')
  })
})
