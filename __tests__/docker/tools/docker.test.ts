import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { tmpdir } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
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

/** Whether a process of this machine has MARKER in its command line (the build runs here). */
function running(marker: string): Promise<boolean> {
  return new Promise(resolve => execFile('pgrep', ['-f', marker], error => resolve(!error)))
}

// The docker CLI drops a signal that comes while its buildx plugin starts (and the next ones with
// it): a build stopped at any moment of its start must still stop, and its steps with it.
describe('runDocker stopped by its signal', () => {
  it.each([0, 30, 60, 120, 400])(
    'stops a build %i ms after it was started',
    async delay => {
      const marker = `gib-stop-${process.pid}-${delay}-${Date.now()}`
      const stop = new AbortController()
      const started = Date.now()
      const build = runDocker(['buildx', 'build', '--progress', 'plain', '-f', '-', tmpdir()], {
        input: `FROM alpine:3.20\nRUN sleep 60 # ${marker}\n`,
        signal: stop.signal
      })
      await sleep(delay)
      stop.abort()
      const result = await build

      expect(result.exitCode).not.toBe(0)
      expect(Date.now() - started).toBeLessThan(20_000)
      while (await running(marker)) await sleep(200)
    },
    40_000
  )
})
