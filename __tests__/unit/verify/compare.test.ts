import { describe, expect, it } from '@jest/globals'
import { compareRuns } from '../../../src/verify/parity.js'
import type { HttpAnswer, RunObservation } from '../../../src/verify/types.js'

const exited = (exitCode: number, stdout = '', stderr = ''): RunObservation => ({
  state: 'exited',
  exitCode,
  stdout,
  stderr
})
const running = (http?: HttpAnswer, stderr = ''): RunObservation =>
  http === undefined
    ? { state: 'running', forMs: 3000, stdout: '', stderr }
    : { state: 'running', forMs: 3000, stdout: '', stderr, http }
const served = (status: number, body = ''): HttpAnswer => ({ port: 8080, path: '/', status, body })
const silent = (error = 'socket hang up'): HttpAnswer => ({ port: 8080, path: '/', error })
const notStarted = (error: string): RunObservation => ({
  state: 'not-started',
  error,
  stdout: '',
  stderr: ''
})

describe('compareRuns for programs that exit', () => {
  it('verifies the same exit code and stdout, counting bytes', () => {
    expect(compareRuns(exited(0, 'hello world\n'), exited(0, 'hello world\n'))).toEqual({
      status: 'verified',
      summary: 'both exited 0 with the same output (12 bytes)'
    })
  })

  it('says so when neither printed anything', () => {
    expect(compareRuns(exited(0), exited(0)).summary).toBe('both exited 0 with no output')
  })

  it('verifies the same failure too: behaving the same is the point', () => {
    expect(compareRuns(exited(2, 'usage\n'), exited(2, 'usage\n')).status).toBe('verified')
  })

  it('ignores stderr when exit code and stdout match', () => {
    expect(compareRuns(exited(0, 'x', 'warn a'), exited(0, 'x', 'warn b')).status).toBe('verified')
  })

  it('reports a different stdout with the lines that changed', () => {
    const result = compareRuns(exited(0, 'a\nb\nc\n'), exited(0, 'a\nB\nc\n'))
    expect(result).toEqual({
      status: 'differs',
      summary: 'stdout differs (both exited 0)',
      differences: [
        'exit code: original 0, alternative 0',
        'stdout differs from line 2 (- original, + alternative):\n- b\n+ B'
      ]
    })
  })

  it('reports both exit codes, and stderr when it differs', () => {
    const result = compareRuns(
      exited(0, 'ok\n'),
      exited(3, 'ok\n', 'open /etc/ssl/certs: no such file\n')
    )
    expect(result.status).toBe('differs')
    expect(result.summary).toBe('exit codes differ (original 0, alternative 3)')
    if (result.status !== 'differs') throw new Error('unreachable')
    expect(result.differences[0]).toBe('exit code: original 0, alternative 3')
    expect(result.differences[1]).toContain('+ open /etc/ssl/certs: no such file')
  })

  it('cuts long output to 20 lines', () => {
    const many = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n')
    const result = compareRuns(exited(0, ''), exited(0, many))
    if (result.status !== 'differs') throw new Error('expected differs')
    const diff = result.differences[1] ?? ''
    expect(diff.split('\n').length).toBeLessThanOrEqual(21)
    expect(diff.length).toBeLessThanOrEqual(2001)
  })
})

describe('compareRuns when something does not start', () => {
  it('reports an alternative docker could not start as did-not-start', () => {
    const error = 'docker: Error response from daemon: exec: "/server": stat /server: no such file'
    const result = compareRuns(exited(0, 'hi'), notStarted(error))
    expect(result.status).toBe('did-not-start')
    expect(result.summary).toBe(`the alternative did not start: ${error}`)
    if (result.status !== 'did-not-start') throw new Error('unreachable')
    expect(result.logTail).toBe(error)
  })

  it('treats an entrypoint the runtime could not execute as not started', () => {
    const result = compareRuns(
      exited(0, 'hi'),
      exited(1, '', 'exec /app: no such file or directory\n')
    )
    expect(result).toEqual({
      status: 'did-not-start',
      summary:
        'the alternative did not start: exec /app: no such file or directory (its program loader is missing from the image: a dynamically linked binary needs CGO_ENABLED=0, a script needs its shell)',
      logTail: 'exec /app: no such file or directory'
    })
  })

  it('reports an alternative that exits while the original keeps running, with its last lines', () => {
    const log = Array.from({ length: 30 }, (_, i) => `init ${i}`).join('\n') + '\npanic: boom\n'
    const result = compareRuns(running(served(200)), exited(2, '', log))
    expect(result.status).toBe('did-not-start')
    expect(result.summary).toBe('the original keeps running but the alternative exited with code 2')
    if (result.status !== 'did-not-start') throw new Error('unreachable')
    expect(result.logTail.endsWith('panic: boom')).toBe(true)
    expect(result.logTail.split('\n').length).toBeLessThanOrEqual(21)
  })

  it('blames the original when the original itself does not start', () => {
    const result = compareRuns(notStarted('exec /app: exec format error'), exited(0))
    expect(result.status).toBe('differs')
    expect(result.summary).toMatch(/^the original image did not start/)
    expect(result.summary).toContain('exec format error')
  })

  it('blames the original even when both fail to start', () => {
    const result = compareRuns(notStarted('no such image'), notStarted('no such image'))
    expect(result.status).toBe('differs')
    expect(result.summary).toMatch(/^the original image did not start/)
  })
})

describe('compareRuns for servers', () => {
  it('verifies the same HTTP status', () => {
    expect(compareRuns(running(served(200, 'a')), running(served(200, 'b')))).toEqual({
      status: 'verified',
      summary: 'both serve GET / with 200'
    })
  })

  it('reports different statuses with both bodies', () => {
    const result = compareRuns(running(served(200, 'ok')), running(served(404, 'not found')))
    expect(result).toEqual({
      status: 'differs',
      summary: 'GET /: the original answered 200, the alternative 404',
      differences: [
        'GET / status: original 200, alternative 404',
        'original body:\nok',
        'alternative body:\nnot found'
      ]
    })
  })

  it('reports an alternative that runs but never answers, with its log', () => {
    const result = compareRuns(
      running(served(200)),
      running(silent('ECONNRESET'), 'listening on :9090')
    )
    expect(result.status).toBe('differs')
    expect(result.summary).toBe(
      'the original serves GET / with 200 but the alternative, still running, did not answer on port 8080'
    )
    if (result.status !== 'differs') throw new Error('unreachable')
    expect(result.differences).toEqual([
      'alternative: no answer to GET / on port 8080 (ECONNRESET)',
      'alternative log:\nlistening on :9090'
    ])
  })

  it('reports an original that never answers while the alternative does', () => {
    const result = compareRuns(running(silent()), running(served(200)))
    expect(result.status).toBe('differs')
    expect(result.summary).toMatch(/^the alternative serves GET \/ with 200 but the original/)
  })

  it('calls two servers that both stay silent started, not verified: nothing was compared', () => {
    expect(compareRuns(running(silent()), running(silent()))).toEqual({
      status: 'started',
      summary:
        'both still running after 3 s; neither answered GET / on port 8080, so there was nothing to compare'
    })
  })

  it('verifies two servers seen listening on the port that both give no HTTP answer', () => {
    const listening = { ...silent(), listening: true }
    expect(compareRuns(running(listening), running(listening))).toEqual({
      status: 'verified',
      summary: 'both listen on port 8080 and neither answers GET / over HTTP'
    })
    const deaf = { ...silent(), listening: false }
    expect(compareRuns(running(listening), running(deaf)).summary).toBe(
      'the original listens on port 8080 but the alternative, still running, does not'
    )
    expect(compareRuns(running(deaf), running(deaf)).status).toBe('started')
  })

  it('calls two long-running containers without a port started, and says why', () => {
    expect(compareRuns(running(), running())).toEqual({
      status: 'started',
      summary: 'both still running after 3 s; no port to probe'
    })
    const why = 'the original listens on no TCP port, so there was nothing to compare'
    expect(compareRuns(running(), running(), why)).toEqual({
      status: 'started',
      summary: `both still running after 3 s; ${why}`
    })
  })

  it('reports an alternative still running after the original exited', () => {
    const result = compareRuns(exited(0, 'done\n'), running())
    expect(result.status).toBe('differs')
    expect(result.summary).toBe(
      'the original exited with code 0 but the alternative was still running after 3 s'
    )
  })
})
