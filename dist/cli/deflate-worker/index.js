import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/measure/deflate-worker.ts


// A worker thread that deflates blocks with the zlib inside Node.js (Chromium's). Its output is
// not what GNU gzip writes, and need not be: what a registry stores is what BuildKit (Go's
// compress/flate) or `docker push` wrote, and this zlib lands within a fraction of a percent of
// BuildKit's blobs at the level the estimate uses, several times faster than a JavaScript deflate.
const port = external_node_worker_threads_namespaceObject.parentPort;
if (!port)
    throw new Error('deflate-worker runs as a worker thread');
const { level } = external_node_worker_threads_namespaceObject.workerData;
port.on('message', (request) => {
    try {
        port.postMessage(deflateBlock(request), [request.block]);
    }
    catch (error) {
        const response = {
            id: request.id,
            block: request.block,
            error: error.message
        };
        port.postMessage(response, [request.block]);
    }
});
function deflateBlock(request) {
    const { id, block, offset, length, dictionaryBytes, last, keep } = request;
    const deflated = (0,external_node_zlib_namespaceObject.deflateRawSync)(new Uint8Array(block, offset, length), {
        level,
        dictionary: dictionaryBytes > 0
            ? new Uint8Array(block, offset - dictionaryBytes, dictionaryBytes)
            : undefined,
        // A sync flush ends the block on a byte boundary, so the blocks join into one deflate stream.
        finishFlush: last ? external_node_zlib_namespaceObject.constants.Z_FINISH : external_node_zlib_namespaceObject.constants.Z_SYNC_FLUSH
    });
    return { id, block, bytes: deflated.length, deflated: keep ? deflated : undefined };
}

