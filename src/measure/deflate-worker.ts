import {
  ZStream,
  Z_BUF_ERROR,
  Z_DEFAULT_STRATEGY,
  Z_FINISH,
  Z_OK,
  Z_STREAM_END,
  Z_SYNC_FLUSH,
  zlibDeflate,
  zlibDeflateInit2,
  zlibDeflateReset,
  zlibDeflateSetDictionary
} from 'pako'
import { parentPort, workerData } from 'node:worker_threads'
import type { DeflateRequest, DeflateResponse, DeflateWorkerData } from './deflate-protocol.js'

// A worker thread that deflates blocks with pako, a port of canonical zlib. Unlike the zlib inside
// Node.js (Chromium's, which hashes four bytes and never finds three-byte matches) its output with
// the classic hash is byte for byte what zlib, and so within a fraction of a percent what
// `gzip -6`, writes. One deflate state is kept and reset per block, so a block makes no garbage.

/** zlib's one compression method, deflate (Z_DEFLATED), which pako does not export by name. */
const METHOD_DEFLATE = 8
const WINDOW_BITS = 15
const MEM_LEVEL = 8
const OUTPUT_BYTES = 64 * 1024

const port = parentPort
if (!port) throw new Error('deflate-worker runs as a worker thread')

const { level } = workerData as DeflateWorkerData
const stream = new ZStream()
check(
  zlibDeflateInit2(
    stream,
    level,
    METHOD_DEFLATE,
    -WINDOW_BITS,
    MEM_LEVEL,
    Z_DEFAULT_STRATEGY,
    true
  ),
  'init'
)
const output = new Uint8Array(OUTPUT_BYTES)

port.on('message', (request: DeflateRequest) => {
  try {
    port.postMessage(deflateBlock(request), [request.block])
  } catch (error) {
    const response: DeflateResponse = {
      id: request.id,
      block: request.block,
      error: (error as Error).message
    }
    port.postMessage(response, [request.block])
  }
})

function deflateBlock(request: DeflateRequest): DeflateResponse {
  const { id, block, offset, length, dictionaryBytes, last, keep } = request
  check(zlibDeflateReset(stream), 'reset')
  if (dictionaryBytes > 0) {
    const dictionary = new Uint8Array(block, offset - dictionaryBytes, dictionaryBytes)
    check(zlibDeflateSetDictionary(stream, dictionary), 'set dictionary')
  }
  stream.input = new Uint8Array(block, offset, length)
  stream.next_in = 0
  stream.avail_in = length
  const kept: Uint8Array[] = []
  let bytes = 0
  // A sync flush ends the block on a byte boundary, so the blocks join into one deflate stream.
  const flush = last ? Z_FINISH : Z_SYNC_FLUSH
  for (;;) {
    stream.output = output
    stream.next_out = 0
    stream.avail_out = OUTPUT_BYTES
    const status = zlibDeflate(stream, flush)
    // No progress possible: everything was flushed by the call before, which filled the output.
    if (status === Z_BUF_ERROR) break
    if (status !== Z_STREAM_END) check(status, 'deflate')
    const written = OUTPUT_BYTES - stream.avail_out
    bytes += written
    if (keep) kept.push(output.slice(0, written))
    if (stream.avail_out !== 0) break
  }
  stream.input = new Uint8Array(0)
  return { id, block, bytes, deflated: keep ? Buffer.concat(kept) : undefined }
}

function check(status: number, step: string): void {
  if (status !== Z_OK) throw new Error(`deflate ${step} failed (zlib status ${status})`)
}
