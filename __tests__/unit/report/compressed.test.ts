import { describe, expect, it } from '@jest/globals'
import {
  compressedIsEstimated,
  formatCompressed,
  formatLayerCompressed
} from '../../../src/report/compressed.js'
import type { CompressedSource } from '../../../src/measure/types.js'

const layer = (compressedSource: CompressedSource, compressedSize = 1_500_000) => ({
  compressedSize,
  compressedSource
})

describe('compressed sizes in reports', () => {
  it('marks a total estimated when any of its layers is', () => {
    const exact = { compressedSize: 3_000_000, layers: [layer('blob'), layer('manifest')] }
    const mixed = { compressedSize: 3_000_000, layers: [layer('manifest'), layer('estimate')] }
    expect(compressedIsEstimated(exact)).toBe(false)
    expect(formatCompressed(exact)).toBe('3 MB')
    expect(compressedIsEstimated(mixed)).toBe(true)
    expect(formatCompressed(mixed)).toBe('≈ 3 MB')
  })

  it('marks each estimated layer, and treats a report from before sources as estimated', () => {
    expect(formatLayerCompressed(layer('blob'))).toBe('1.5 MB')
    expect(formatLayerCompressed(layer('estimate'))).toBe('≈ 1.5 MB')
    const older = { compressedSize: 10, layers: [{ compressedSize: 10 }] }
    expect(compressedIsEstimated(older as never)).toBe(true)
  })
})
