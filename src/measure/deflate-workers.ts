import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { DeflateRequest, DeflateResponse, DeflateWorkerData } from './deflate-protocol.js'

/**
 * The zlib level of the estimate: Node's zlib at 5 lands closest to the gzip blobs BuildKit writes
 * (Go's compress/flate at its default level), within 0.1 % on debian:bookworm-slim's layer.
 */
export const DEFAULT_LEVEL = 5

export type DeflateTask = Omit<DeflateRequest, 'id'>

export interface DeflatedBlock {
  bytes: number
  deflated?: Uint8Array
  /** The task's buffer, back from the worker, ready to be refilled. */
  block: ArrayBuffer
}

interface Waiting {
  task: DeflateTask
  resolve(result: DeflatedBlock): void
  reject(error: Error): void
}

/**
 * A pool of deflate worker threads, one per core, each working on one block at a time. Workers
 * start on first use, so measuring an image whose sizes are all cached starts none, and an idle
 * worker never keeps the process alive. `close()` ends them.
 */
export class DeflateWorkers {
  readonly threads: number
  private readonly level: number
  private readonly idle: Worker[] = []
  private readonly all: Worker[] = []
  private readonly queue: Waiting[] = []
  private readonly busy = new Map<number, Waiting>()
  private nextId = 0
  private failure: Error | undefined

  constructor(options: { level?: number; threads?: number } = {}) {
    this.level = options.level ?? DEFAULT_LEVEL
    this.threads = Math.max(1, options.threads ?? availableParallelism())
  }

  deflate(task: DeflateTask): Promise<DeflatedBlock> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.fail(new Error('the deflate workers were closed'))
    await Promise.all(this.all.splice(0).map(worker => worker.terminate()))
    this.idle.length = 0
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? this.startAnother()
      if (!worker) return
      const waiting = this.queue.shift()!
      const id = this.nextId++
      this.busy.set(id, waiting)
      worker.ref()
      const request: DeflateRequest = { id, ...waiting.task }
      worker.postMessage(request, [request.block])
    }
  }

  private startAnother(): Worker | undefined {
    if (this.all.length >= this.threads) return undefined
    const worker = startDeflateWorker({ level: this.level })
    this.all.push(worker)
    worker.on('message', (response: DeflateResponse) => this.finished(worker, response))
    worker.on('error', error => this.fail(new Error(`a deflate worker failed: ${error.message}`)))
    worker.on('exit', code => {
      if (code !== 0) this.fail(new Error(`a deflate worker exited with code ${code}`))
    })
    return worker
  }

  private finished(worker: Worker, response: DeflateResponse): void {
    const waiting = this.busy.get(response.id)
    this.busy.delete(response.id)
    worker.unref()
    this.idle.push(worker)
    if (waiting) {
      if (response.error !== undefined || response.bytes === undefined) {
        waiting.reject(new Error(`deflate failed: ${response.error ?? 'no result'}`))
      } else {
        waiting.resolve({
          bytes: response.bytes,
          deflated: response.deflated,
          block: response.block
        })
      }
    }
    this.dispatch()
  }

  private fail(error: Error): void {
    this.failure ??= error
    const waiting = [...this.busy.values(), ...this.queue.splice(0)]
    this.busy.clear()
    for (const { reject } of waiting) reject(this.failure)
  }
}

/**
 * Starts deflate-worker.ts. In a bundle (dist/index.js, dist/cli/index.js) it is the bundle built
 * beside it in `deflate-worker/`; run from the TypeScript sources, a small bootstrap loads it
 * through tsx, as the sources themselves are loaded.
 */
function startDeflateWorker(workerData: DeflateWorkerData): Worker {
  const here = import.meta.url
  const script = here.endsWith('.ts')
    ? new URL('./deflate-worker-source.mjs', here)
    : new URL('deflate-worker/index.js', here)
  return new Worker(script, { workerData })
}
