import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { gzipSync, inflateRawSync } from 'node:zlib'
import {
  BlockGzipSizer,
  GZIP_HEADER_BYTES,
  GZIP_TRAILER_BYTES,
  type BlockGzipOptions
} from '../../../src/measure/block-gzip.js'
import { DEFAULT_LEVEL, DeflateWorkers } from '../../../src/measure/deflate-workers.js'

const workers = new DeflateWorkers()
afterAll(() => workers.close())

/** Node's zlib gzip in one stream, at the estimate's level: what the blocks must add up to. */
const zlibGzipBytes = (input: Buffer): number => gzipSync(input, { level: DEFAULT_LEVEL }).length

/** Compressible but not trivial: words from a small vocabulary picked by a seeded generator. */
function sampleText(bytes: number, seed = 7): Buffer {
  const words = ['layer', 'image', 'golang', 'static', 'binary', 'scratch', 'alpine', 'tar', '\n']
  let state = seed
  const parts: string[] = []
  let length = 0
  while (length < bytes) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const word = `${words[state % words.length]} ${state % 1000} `
    parts.push(word)
    length += word.length
  }
  return Buffer.from(parts.join('')).subarray(0, bytes)
}

async function sizeOf(
  input: Buffer,
  options: Partial<BlockGzipOptions> = {},
  chunkBytes = 50_000
): Promise<number> {
  const sizer = new BlockGzipSizer({ workers, ...options })
  for (let offset = 0; offset < input.length; offset += chunkBytes) {
    await sizer.write(input.subarray(offset, offset + chunkBytes))
  }
  return sizer.end()
}

// Deflating megabytes on worker threads is CPU-bound: on a busy machine it takes seconds.
jest.setTimeout(60_000)

describe('BlockGzipSizer', () => {
  it('sizes an empty stream like gzip does', async () => {
    expect(await sizeOf(Buffer.alloc(0))).toBe(zlibGzipBytes(Buffer.alloc(0)))
  })

  it('sizes a stream of one block exactly as one-stream zlib does', async () => {
    const input = sampleText(300_000)
    expect(await sizeOf(input)).toBe(zlibGzipBytes(input))
  })

  it('stays within 0.1 % of one-stream zlib across many blocks', async () => {
    const input = sampleText(6 * 1024 * 1024 + 12345)
    const blocks = await sizeOf(input, { blockBytes: 256 * 1024 })
    expect(Math.abs(blocks / zlibGzipBytes(input) - 1)).toBeLessThan(0.001)
  })

  it('writes blocks that join into one deflate stream of the input', async () => {
    const input = sampleText(3 * 256 * 1024) // a whole number of blocks: the last one is empty
    const deflated: Buffer[] = []
    const size = await sizeOf(input, {
      blockBytes: 256 * 1024,
      onCompressedBlock: (block, index) => (deflated[index] = block)
    })
    expect(deflated).toHaveLength(4)
    const joined = Buffer.concat(deflated)
    expect(inflateRawSync(joined).equals(input)).toBe(true)
    expect(size).toBe(GZIP_HEADER_BYTES + joined.length + GZIP_TRAILER_BYTES)
  })

  it('primes each block with the 32 KiB before it', async () => {
    // Random bytes do not compress, except where the second block repeats the end of the first.
    const first = randomBytes(64 * 1024)
    const repeat = first.subarray(-16 * 1024)
    const primed = await sizeOf(Buffer.concat([first, repeat]), { blockBytes: 64 * 1024 })
    const unprimed = (await sizeOf(first)) + (await sizeOf(repeat))
    expect(primed).toBeLessThan(unprimed - 15_000)
  })

  it('keeps at most the allowed number of blocks in flight', async () => {
    const sizer = new BlockGzipSizer({ workers, blockBytes: 64 * 1024, maxBlocksInFlight: 2 })
    const input = sampleText(2 * 1024 * 1024)
    for (let offset = 0; offset < input.length; offset += 64 * 1024) {
      await sizer.write(input.subarray(offset, offset + 64 * 1024))
      expect((sizer as unknown as { inFlight: number }).inFlight).toBeLessThanOrEqual(2)
    }
    expect(await sizer.end()).toBeGreaterThan(0)
  })
})
