// The messages between BlockGzipSizer's worker pool and deflate-worker.ts. Blocks travel as
// transferred ArrayBuffers, there and back, so they are never copied and can be refilled.

export interface DeflateWorkerData {
  /** zlib compression level, 0-9. */
  level: number
}

export interface DeflateRequest {
  id: number
  /** The block's buffer; only its first `length` bytes are input. */
  block: ArrayBuffer
  length: number
  /** Up to 32 KiB of input before this block, so matches may reach back across the edge. */
  dictionary?: Uint8Array
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
