// The messages between BlockGzipSizer's worker pool and deflate-worker.ts. Blocks travel as
// transferred ArrayBuffers, there and back, so they are never copied and can be refilled.

export interface DeflateWorkerData {
  /** zlib compression level, 0-9. */
  level: number
}

export interface DeflateRequest {
  id: number
  /**
   * The block's buffer: `length` bytes of input from `offset`, and right before them the
   * `dictionaryBytes` of input that came before the block, so matches may reach back across the
   * edge. One buffer carries both, so nothing is copied or allocated per block.
   */
  block: ArrayBuffer
  offset: number
  length: number
  dictionaryBytes: number
  /** Ends the deflate stream (Z_FINISH) instead of flushing to a byte boundary (Z_SYNC_FLUSH). */
  last: boolean
  /** Also return the deflated bytes, not only their count. */
  keep: boolean
}

export interface DeflateResponse {
  id: number
  /** The request's buffer, handed back for reuse. */
  block: ArrayBuffer
  bytes?: number
  deflated?: Uint8Array
  error?: string
}
