import { parentPort, workerData } from 'node:worker_threads'
import { constants, deflateRawSync } from 'node:zlib'
import type { DeflateRequest, DeflateResponse, DeflateWorkerData } from './deflate-protocol.js'

// A worker thread that deflates blocks with the zlib inside Node.js (Chromium's). Its output is
// not what GNU gzip writes, and need not be: what a registry stores is what BuildKit (Go's
// compress/flate) or `docker push` wrote, and this zlib lands within a fraction of a percent of
// BuildKit's blobs at the level the estimate uses, several times faster than a JavaScript deflate.

const port = parentPort
if (!port) throw new Error('deflate-worker runs as a worker thread')

const { level } = workerData as DeflateWorkerData

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
  const deflated = deflateRawSync(new Uint8Array(block, offset, length), {
    level,
    dictionary:
      dictionaryBytes > 0
        ? new Uint8Array(block, offset - dictionaryBytes, dictionaryBytes)
        : undefined,
    // A sync flush ends the block on a byte boundary, so the blocks join into one deflate stream.
    finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
  })
  return { id, block, bytes: deflated.length, deflated: keep ? deflated : undefined }
}
