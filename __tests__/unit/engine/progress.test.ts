import { describe, expect, it } from '@jest/globals'
import { formatDuration } from '../../../src/core/format.js'
import { describeMeasureProgress, periodicProgressLines } from '../../../src/engine/progress.js'

describe('describeMeasureProgress', () => {
  it('says the layer, the bytes read of the total, the rate and the time left', () => {
    const line = describeMeasureProgress(
      { layer: 3, layers: 7, bytesRead: 120_000_000, bytesTotal: 740_000_000 },
      4000
    )
    expect(line).toBe('layer 3 of 7, 120 MB of 740 MB, 30 MB/s, 21 s left')
  })

  it('leaves out what the engine did not say and what cannot be told yet', () => {
    expect(describeMeasureProgress({ layer: 1, bytesRead: 5_000_000 }, 500)).toBe(
      'layer 1, 5 MB read'
    )
  })

  it('says how long it took once done, never more layers than the image has', () => {
    expect(
      describeMeasureProgress(
        { layer: 8, layers: 7, bytesRead: 740_000_000, bytesTotal: 737_000_000, done: true },
        20_000
      )
    ).toBe('layer 7 of 7, 740 MB of 737 MB, 37 MB/s, done in 20 s')
  })
})

describe('periodicProgressLines', () => {
  it('writes one line every interval, and a last one for a measurement that took that long', () => {
    let time = 0
    const lines: string[] = []
    const report = periodicProgressLines(
      line => lines.push(line),
      10_000,
      () => time
    )
    report({ layer: 1, layers: 2, bytesRead: 0, bytesTotal: 100_000_000 })
    for (time = 1000; time <= 25_000; time += 1000)
      report({ layer: 1, layers: 2, bytesRead: time * 1000, bytesTotal: 100_000_000 })
    time = 25_000
    report({ layer: 2, layers: 2, bytesRead: 100_000_000, bytesTotal: 100_000_000, done: true })

    expect(lines).toEqual([
      'layer 1 of 2, 10 MB of 100 MB, 1 MB/s, 1 min 30 s left',
      'layer 1 of 2, 20 MB of 100 MB, 1 MB/s, 1 min 20 s left',
      'layer 2 of 2, 100 MB of 100 MB, 4 MB/s, done in 25 s'
    ])
  })

  it('says nothing of a measurement shorter than the interval', () => {
    let time = 0
    const lines: string[] = []
    const report = periodicProgressLines(
      line => lines.push(line),
      10_000,
      () => time
    )
    report({ layer: 1, bytesRead: 0 })
    time = 3000
    report({ layer: 1, bytesRead: 9, done: true })
    expect(lines).toEqual([])
  })
})

describe('formatDuration', () => {
  it('rounds up to a second and names the two largest units', () => {
    expect([0, 0.2, 59, 61, 3599, 3725].map(formatDuration)).toEqual([
      '0 s',
      '1 s',
      '59 s',
      '1 min 1 s',
      '59 min 59 s',
      '1 h 2 min'
    ])
  })
})
