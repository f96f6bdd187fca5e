import { describe, expect, it } from '@jest/globals'
import { PassThrough } from 'node:stream'
import { stderrProgress } from '../../../src/cli/progress.js'

/** A stream that says it is a terminal, and keeps what was written to it. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream
  Object.assign(stream, { isTTY, columns: 100, rows: 30 })
  let written = ''
  ;(stream as unknown as PassThrough).on('data', chunk => (written += String(chunk)))
  return { stream, text: () => written }
}

describe('stderrProgress', () => {
  it('on a terminal, redraws one live line and leaves its final figures', async () => {
    const { stream, text } = fakeStream(true)
    const progress = stderrProgress(false, stream)
    progress.measuring!({ layer: 1, layers: 2, bytesRead: 0, bytesTotal: 2_000_000 })
    progress.measuring!({
      layer: 2,
      layers: 2,
      bytesRead: 2_000_000,
      bytesTotal: 2_000_000,
      done: true
    })
    await new Promise(resolve => setImmediate(resolve))

    expect(text()).toContain('layer 1 of 2, 0 B of 2 MB')
    expect(text()).toContain('layer 2 of 2, 2 MB of 2 MB')
    // log-update erases the previous line with cursor codes instead of printing another line.
    expect(text()).toContain('\u001b[')
  })

  it('elsewhere, writes plain lines only, and none for a short measurement', async () => {
    const { stream, text } = fakeStream(false)
    const progress = stderrProgress(false, stream)
    await progress.group('Measure the image', async () => {
      progress.measuring!({ layer: 1, bytesRead: 0 })
      progress.measuring!({ layer: 1, bytesRead: 10, done: true })
    })
    await new Promise(resolve => setImmediate(resolve))

    expect(text()).toBe('• Measure the image…\n')
  })
})
