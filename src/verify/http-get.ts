import { request, type ClientRequest, type IncomingMessage } from 'node:http'

// Only our own containers are probed, through ports docker published on loopback.
const LOOPBACK = '127.0.0.1'
const MAX_BODY_BYTES = 4096

export type HttpReply = { status: number; body: string } | { error: string }

/** One GET of PATH on loopback PORT; resolves with the status and the start of the body. */
export function getOnLoopback(port: number, path: string, timeoutMs: number): Promise<HttpReply> {
  return new Promise(resolve => {
    let req: ClientRequest | undefined
    let settled = false
    const finish = (reply: HttpReply): void => {
      if (settled) return
      settled = true
      req?.destroy()
      resolve(reply)
    }
    const readReply = (res: IncomingMessage): void => {
      const chunks: Buffer[] = []
      let size = 0
      const reply = (): void =>
        finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        size += chunk.length
        if (size >= MAX_BODY_BYTES) reply()
      })
      res.on('end', reply)
      res.on('error', reply)
    }
    try {
      req = request({ host: LOOPBACK, port, path, method: 'GET', agent: false }, readReply)
    } catch (error) {
      // node refuses some paths (unescaped characters) before sending anything
      finish({ error: error instanceof Error ? error.message : String(error) })
      return
    }
    req.setTimeout(Math.max(1, timeoutMs), () =>
      finish({ error: `no answer within ${timeoutMs} ms` })
    )
    req.on('error', error => finish({ error: error.message }))
    req.end()
  })
}
