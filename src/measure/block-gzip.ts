import type { DeflateWorkers } from './deflate-workers.js'

/** The gzip member header (no file name, as when compressing a pipe) and its CRC-32 + length trailer. */
export const GZIP_HEADER_BYTES = 10
export const GZIP_TRAILER_BYTES = 8

/** Deflate looks back at most 32 KiB, so that much of the previous block is all a block needs to see. */
const DICTIONARY_BYTES = 32 * 1024

export interface BlockGzipOptions {
  /** The threads that deflate the blocks; their level (6 by default) is the gzip level. */
  workers: DeflateWorkers
  /** Bytes of input per block; larger blocks lose less at block edges but hold more memory. */
  blockBytes?: number
  /** Blocks given out at once (four per worker unless told); bounds memory to about this many blocks. */
  maxBlocksInFlight?: number
  /** Receives each compressed block in order, for callers that want the bytes and not just the count. */
  onCompressedBlock?: (deflated: Buffer, index: number) => void
}

/** Bytes of input per block when not told otherwise; part of what names a cached size. */
export const DEFAULT_BLOCK_BYTES = 1024 * 1024

/**
 * Counts the bytes `gzip -6` would write for a stream, compressing blocks in parallel on worker
 * threads the way pigz does: each block is raw deflate primed with the 32 KiB before it, ended by
 * a sync flush so the blocks join into one valid deflate stream, the last one finished.
 */
export class BlockGzipSizer {
  private readonly workers: DeflateWorkers
  private readonly blockBytes: number
  private readonly maxInFlight: number
  private readonly onCompressedBlock?: (deflated: Buffer, index: number) => void

  /**
   * Block buffers go to a worker and come back to be refilled: one per MiB would be garbage. Each
   * holds a block's input after a 32 KiB slot for its dictionary, the end of the block before.
   */
  private readonly freeBlocks: ArrayBuffer[] = []
  private filling: ArrayBuffer | undefined
  private filled = 0
  private dictionaryBytes = 0
  private blocksStarted = 0
  private deflatedBytes = 0
  private inFlight = 0
  private failure: Error | undefined
  private readonly waiters: (() => void)[] = []
  private readonly finishedBlocks = new Map<number, Buffer>()
  private nextBlockToDeliver = 0
  private ended = false

  constructor(options: BlockGzipOptions) {
    this.workers = options.workers
    this.blockBytes = options.blockBytes ?? DEFAULT_BLOCK_BYTES
    // A few blocks per worker: `docker save` comes in bursts, and blocks that wait in line keep
    // the workers busy through its pauses (with one per worker, 15 % slower on golang:1.27).
    this.maxInFlight = options.maxBlocksInFlight ?? options.workers.threads * 4
    this.onCompressedBlock = options.onCompressedBlock
  }

  /** Adds input; resolves once there is room for more, so a caller's stream slows to our pace. */
  async write(chunk: Buffer): Promise<void> {
    if (this.ended) throw new Error('BlockGzipSizer.write after end()')
    let offset = 0
    while (offset < chunk.length) {
      this.filling ??= this.takeBuffer()
      const input = new Uint8Array(this.filling, DICTIONARY_BYTES)
      const copied = chunk.copy(input, this.filled, offset)
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

  private takeBuffer(): ArrayBuffer {
    return this.freeBlocks.pop() ?? new ArrayBuffer(DICTIONARY_BYTES + this.blockBytes)
  }

  private startBlock(last: boolean): void {
    const block = this.filling ?? this.takeBuffer()
    const length = this.filled
    const dictionaryBytes = this.dictionaryBytes
    this.filling = undefined
    this.filled = 0
    if (!last) {
      // The next block starts with this one's last 32 KiB, copied before this buffer leaves; only
      // full blocks have successors, so that tail is always whole.
      this.filling = this.takeBuffer()
      new Uint8Array(this.filling).set(new Uint8Array(block, length, DICTIONARY_BYTES))
      this.dictionaryBytes = DICTIONARY_BYTES
    }
    const index = this.blocksStarted++
    this.inFlight++
    const keep = this.onCompressedBlock !== undefined
    this.workers
      .deflate({ block, offset: DICTIONARY_BYTES, length, dictionaryBytes, last, keep })
      .then(
        ({ bytes, deflated, block: returned }) => {
          this.deflatedBytes += bytes
          this.freeBlocks.push(returned)
          if (deflated)
            this.deliverInOrder(
              index,
              Buffer.from(deflated.buffer, deflated.byteOffset, deflated.length)
            )
        },
        (error: Error) => {
          this.failure ??= error
        }
      )
      .finally(() => {
        this.inFlight--
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
