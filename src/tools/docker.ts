import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

/** What one finished `docker` command left behind. */
export interface DockerResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface DockerOptions {
  /** Extra environment, e.g. `DOCKER_HOST` to talk to a second engine. */
  env?: NodeJS.ProcessEnv
  /** Working directory of the docker CLI (relative build contexts resolve against it). */
  cwd?: string
  /** Written to the command's standard input, which is then closed. */
  input?: string
  /** Kill the command after this many milliseconds. */
  timeoutMs?: number
  /** Called with each chunk of stderr as it arrives (build progress). */
  onStderr?: (chunk: string) => void
  /** Stops the command (SIGTERM, which a buildx build takes as a cancel); it then exits non-zero. */
  signal?: AbortSignal
}

/** A docker command that exited non-zero; carries the whole result for the caller to explain. */
export class DockerCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly result: DockerResult
  ) {
    const tail = result.stderr.trim().split('\n').slice(-3).join(' | ')
    super(`docker ${args.slice(0, 2).join(' ')} exited ${result.exitCode}: ${tail}`)
    this.name = 'DockerCommandError'
  }
}

/** Starts `docker ARGS` and hands back the process, for callers that stream stdout. */
export function spawnDocker(
  args: readonly string[],
  options: DockerOptions = {}
): ChildProcessWithoutNullStreams {
  return spawn('docker', args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: 'pipe'
  })
}

// See runDocker's signal.
const STARTING_MS = 1000
const STOP_AGAIN_MS = 2000

/** Runs `docker ARGS` to completion and never throws for a non-zero exit. */
export function runDocker(
  args: readonly string[],
  options: DockerOptions = {}
): Promise<DockerResult> {
  return new Promise((resolve, reject) => {
    const child = spawnDocker(args, options)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    // The docker CLI hands a signal to its plugin (buildx) only once the plugin listens: one that
    // comes while the plugin starts is dropped, and the next ones with it, until the third makes
    // the CLI kill the plugin. So a command is stopped once it has said something (buildx has by
    // then) or has run STARTING_MS, and told again while it has not stopped.
    const started = Date.now()
    let said = false
    let held: NodeJS.Timeout | undefined
    let stopping: NodeJS.Timeout | undefined
    const stop = (): void => {
      clearTimeout(held)
      if (stopping) return
      child.kill('SIGTERM')
      stopping = setInterval(() => child.kill('SIGTERM'), STOP_AGAIN_MS)
    }
    const cancel = (): void => {
      if (said) stop()
      else held = setTimeout(stop, Math.max(0, STARTING_MS - (Date.now() - started)))
    }
    const heard = (): void => {
      said = true
      if (options.signal?.aborted) stop()
    }
    if (options.signal?.aborted) cancel()
    else options.signal?.addEventListener('abort', cancel, { once: true })
    let timedOut = false
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
    // Every stream of the child gets an error handler: one without would crash the whole run.
    child.stdout.on('error', reject)
    child.stderr.on('error', reject)
    child.stdout.on('data', (chunk: Buffer) => {
      heard()
      stdout.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      heard()
      stderr.push(chunk)
      options.onStderr?.(chunk.toString('utf8'))
    })
    child.on('error', error => {
      clearTimeout(timer)
      clearTimeout(held)
      clearInterval(stopping)
      options.signal?.removeEventListener('abort', cancel)
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error(
              'docker was not found on PATH: install Docker (with the buildx plugin) on the runner'
            )
          : error
      )
    })
    child.on('close', code => {
      clearTimeout(timer)
      clearTimeout(held)
      clearInterval(stopping)
      options.signal?.removeEventListener('abort', cancel)
      const err = Buffer.concat(stderr).toString('utf8')
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: timedOut ? `${err}\n(killed after ${options.timeoutMs} ms)` : err
      })
    })
    // A command that exits before reading its input closes the pipe under us: its exit code and
    // stderr tell what happened, so the EPIPE itself is no news. Any other stdin error is.
    child.stdin.on('error', error => {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error)
    })
    child.stdin.end(options.input ?? '')
  })
}

/** Runs `docker ARGS` and returns stdout, throwing a DockerCommandError on a non-zero exit. */
export async function docker(
  args: readonly string[],
  options: DockerOptions = {}
): Promise<string> {
  const result = await runDocker(args, options)
  if (result.exitCode !== 0) throw new DockerCommandError(args, result)
  return result.stdout
}
