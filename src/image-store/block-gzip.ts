import { availableParallelism } from 'node:os'
import { constants, createDeflateRaw, type ZlibOptions } from 'node:zlib'

/** The gzip member header (no file name, as when compressing a pipe) and its CRC-32 + length trailer. */
export const GZIP_HEADER_BYTES = 10
export const GZIP_TRAILER_BYTES = 8

/** Deflate looks back at most 32 KiB, so that much of the previous block is all a block needs to see. */
const DICTIONARY_BYTES = 32 * 1024

export interface BlockGzipOptions {
  /** zlib level; 6 is what `gzip` and registries' clients use by default. */
  level?: number
  /** Bytes of input per block; larger blocks lose less at block edges but hold more memory. */
  blockBytes?: number
  /** Blocks being compressed at once; bounds memory to about twice this many blocks. */
  maxBlocksInFlight?: number
  /** Receives each compressed block in order, for callers that want the bytes and not just the count. */
  onCompressedBlock?: (deflated: Buffer, index: number) => void
}

const DEFAULT_BLOCK_BYTES = 1024 * 1024
const OUTPUT_CHUNK_BYTES = 64 * 1024

/**
 * One block per core the threadpool can use, plus one so a core never waits for the main thread
 * to hand it the next block. More would only queue, holding memory.
 */
function defaultBlocksInFlight(): number {
  const threadpool = Number(process.env.UV_THREADPOOL_SIZE) || 4
  return Math.min(availableParallelism(), threadpool) + 1
}

/**
 * Counts the bytes `gzip -6` would write for a stream, compressing blocks in parallel on the libuv
 * threadpool the way pigz does: each block is raw deflate primed with the 32 KiB before it, ended
 * by a sync flush so the blocks join into one valid deflate stream, the last one finished.
 */
export class BlockGzipSizer {
  private readonly level: number
  private readonly blockBytes: number
  private readonly maxInFlight: number
  private readonly onCompressedBlock?: (deflated: Buffer, index: number) => void

  /** Block buffers are reused: allocating one per MiB of input kept ~60 MB of garbage alive. */
  private readonly freeBlocks: Buffer[] = []
  private filling: Buffer | undefined
  private filled = 0
  private dictionary: Buffer | undefined
  private blocksStarted = 0
  private deflatedBytes = 0
  private inFlight = 0
  private failure: Error | undefined
  private readonly waiters: (() => void)[] = []
  private readonly finishedBlocks = new Map<number, Buffer>()
  private nextBlockToDeliver = 0
  private ended = false

  constructor(options: BlockGzipOptions = {}) {
    this.level = options.level ?? 6
    this.blockBytes = options.blockBytes ?? DEFAULT_BLOCK_BYTES
    this.maxInFlight = options.maxBlocksInFlight ?? defaultBlocksInFlight()
    this.onCompressedBlock = options.onCompressedBlock
  }

  /** Adds input; resolves once there is room for more, so a caller's stream slows to our pace. */
  async write(chunk: Buffer): Promise<void> {
    if (this.ended) throw new Error('BlockGzipSizer.write after end()')
    let offset = 0
    while (offset < chunk.length) {
      this.filling ??= this.freeBlocks.pop() ?? Buffer.allocUnsafeSlow(this.blockBytes)
      const copied = chunk.copy(this.filling, this.filled, offset)
      this.filled += copied
      offset += copied
      if (this.filled === this.blockBytes) {
        await this.roomForOneMore()
        this.startBlock(false)
      }
    }
    this.throwIfFailed()
  }

  /** Compresses what is left as the final block and returns the whole gzip size in bytes. */
  async end(): Promise<number> {
    if (this.ended) throw new Error('BlockGzipSizer.end called twice')
    await this.roomForOneMore()
    this.startBlock(true)
    this.ended = true
    while (this.inFlight > 0) await new Promise<void>(resolve => this.waiters.push(resolve))
    this.throwIfFailed()
    return GZIP_HEADER_BYTES + this.deflatedBytes + GZIP_TRAILER_BYTES
  }

  private async roomForOneMore(): Promise<void> {
    while (this.inFlight >= this.maxInFlight) {
      await new Promise<void>(resolve => this.waiters.push(resolve))
      this.throwIfFailed()
    }
  }

  private startBlock(last: boolean): void {
    const buffer = this.filling
    const block = buffer ? buffer.subarray(0, this.filled) : Buffer.alloc(0)
    this.filling = undefined
    this.filled = 0
    const options: ZlibOptions = {
      level: this.level,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
    }
    if (this.dictionary !== undefined) options.dictionary = this.dictionary
    // A copy, since this block's buffer is refilled once it is compressed; only full blocks have
    // successors, so the tail is always a whole 32 KiB.
    if (!last) this.dictionary = Buffer.from(block.subarray(block.length - DICTIONARY_BYTES))
    const index = this.blocksStarted++
    this.inFlight++
    const keep = this.onCompressedBlock !== undefined
    deflateBlock(block, options, keep)
      .then(
        ({ bytes, deflated }) => {
          this.deflatedBytes += bytes
          if (deflated) this.deliverInOrder(index, deflated)
        },
        (error: Error) => {
          this.failure ??= error
        }
      )
      .finally(() => {
        this.inFlight--
        if (buffer) this.freeBlocks.push(buffer)
        this.waiters.splice(0).forEach(wake => wake())
      })
  }

  private deliverInOrder(index: number, deflated: Buffer): void {
    this.finishedBlocks.set(index, deflated)
    for (;;) {
      const next = this.finishedBlocks.get(this.nextBlockToDeliver)
      if (next === undefined) return
      this.finishedBlocks.delete(this.nextBlockToDeliver)
      this.onCompressedBlock?.(next, this.nextBlockToDeliver++)
    }
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure
  }
}

/**
 * Deflates one block on the threadpool and counts the output as it comes, without joining it into
 * one buffer (zlib.deflateRaw would), which halves the garbage per block.
 */
function deflateBlock(
  block: Buffer,
  options: ZlibOptions,
  keep: boolean
): Promise<{ bytes: number; deflated?: Buffer }> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ ...options, chunkSize: OUTPUT_CHUNK_BYTES })
    const kept: Buffer[] = []
    let bytes = 0
    deflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (keep) kept.push(chunk)
    })
    deflate.on('error', reject)
    deflate.on('end', () => resolve({ bytes, deflated: keep ? Buffer.concat(kept) : undefined }))
    deflate.end(block)
  })
}
