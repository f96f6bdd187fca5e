import { describe, expect, it } from '@jest/globals'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { DEFAULT_LEVEL, DeflateWorkers } from '../../../src/measure/deflate-workers.js'

/** The text in a buffer with room around it, which the worker must ignore. */
function blockOf(text: string) {
  const bytes = Buffer.from(text)
  const block = new ArrayBuffer(bytes.length + 100)
  bytes.copy(new Uint8Array(block), 50)
  return { block, offset: 50, length: bytes.length, dictionaryBytes: 0 }
}

describe('DeflateWorkers', () => {
  it("deflates blocks as one call of Node's zlib does, on no more threads than asked", async () => {
    const workers = new DeflateWorkers({ threads: 2 })
    try {
      const texts = Array.from({ length: 5 }, (_, i) => `block ${i} `.repeat(2000 + i))
      const results = await Promise.all(
        texts.map(text => workers.deflate({ ...blockOf(text), last: true, keep: true }))
      )
      for (const [i, { bytes, deflated, block }] of results.entries()) {
        const expected = deflateRawSync(Buffer.from(texts[i]!), { level: DEFAULT_LEVEL })
        expect(bytes).toBe(expected.length)
        expect(inflateRawSync(deflated!).toString()).toBe(texts[i])
        expect(block.byteLength).toBe(Buffer.byteLength(texts[i]!) + 100)
      }
      expect((workers as unknown as { all: unknown[] }).all).toHaveLength(2)
    } finally {
      await workers.close()
    }
  })

  it('starts no thread until there is work', async () => {
    const workers = new DeflateWorkers()
    expect((workers as unknown as { all: unknown[] }).all).toHaveLength(0)
    await workers.close()
  })

  it('refuses work once closed', async () => {
    const workers = new DeflateWorkers({ threads: 1 })
    await workers.close()
    await expect(workers.deflate({ ...blockOf('x'), last: true, keep: false })).rejects.toThrow(
      /closed/
    )
  })
})
