import { firstLineOf, headOf, tailOf } from '../core/plain-text.js'
import { changedLines } from './line-diff.js'
import { notListeningWhereTheOriginalDoes } from './port-choice.js'
import type { HttpAnswer, ParityResult, RunObservation } from './types.js'

type Exited = Extract<RunObservation, { state: 'exited' }>
type Running = Extract<RunObservation, { state: 'running' }>
type NotStarted = Extract<RunObservation, { state: 'not-started' }>
type Served = Extract<HttpAnswer, { status: number }>
type Unanswered = Extract<HttpAnswer, { error: string }>

// What runc prints, and the container exits 1 with, when the entrypoint cannot be executed: the
// usual way a FROM scratch image fails (a dynamically linked binary, a wrong path, no +x).
const EXEC_FAILURE = /^exec .+: (no such file or directory|exec format error|permission denied)$/

/**
 * The verdict on two runs of the same command. A failing original is reported as `differs` with
 * a summary that blames the original: the alternative cannot be judged against it. Two servers
 * that were not probed are `started`, with UNPROBED saying why, never `verified`.
 */
export function compareRuns(
  original: RunObservation,
  alternative: RunObservation,
  unprobed = 'no port to probe'
): ParityResult {
  const before = asStartFailure(original)
  const after = asStartFailure(alternative)
  if (before.state === 'not-started') return originalDidNotStart(before)
  if (after.state === 'not-started')
    return {
      status: 'did-not-start',
      summary: `the alternative did not start: ${firstLineOf(after.error)}${hintFor(after.error)}`,
      logTail: logTailOf(after)
    }
  if (before.state === 'exited' && after.state === 'exited') return compareExits(before, after)
  if (before.state === 'running' && after.state === 'running')
    return compareServers(before, after, unprobed)
  if (before.state === 'running' && after.state === 'exited')
    return {
      status: 'did-not-start',
      summary: `the original keeps running but the alternative exited with code ${after.exitCode}`,
      logTail: logTailOf(after)
    }
  if (before.state === 'exited' && after.state === 'running') return outlived(before, after)
  throw new Error(`unexpected pair of runs: ${before.state} and ${after.state}`)
}

/** The original finished but the alternative did not within the time limit. */
function outlived(original: Exited, alternative: Running): ParityResult {
  const still = `still running after ${seconds(alternative.forMs)}`
  return {
    status: 'differs',
    summary: `the original exited with code ${original.exitCode} but the alternative was ${still}`,
    differences: [
      `original exit code: ${original.exitCode}`,
      `alternative: ${still}`,
      ...outputOf('original stdout', original.stdout),
      ...outputOf('alternative log', logTailOf(alternative))
    ]
  }
}

// runc found the file but execve said ENOENT: the program's loader or interpreter is missing.
const MISSING_LOADER = /^exec .+: no such file or directory$/

function hintFor(error: string): string {
  return MISSING_LOADER.test(error.trim())
    ? ' (its program loader is missing from the image: a dynamically linked binary needs CGO_ENABLED=0, a script needs its shell)'
    : ''
}

/** An exit that is really runc failing to execute the entrypoint counts as not started. */
function asStartFailure(run: RunObservation): RunObservation {
  if (run.state !== 'exited' || run.exitCode === 0 || run.stdout !== '') return run
  const message = run.stderr.trim()
  return EXEC_FAILURE.test(message) ? { ...run, state: 'not-started', error: message } : run
}

function originalDidNotStart(original: NotStarted): ParityResult {
  return {
    status: 'differs',
    summary: `the original image did not start, so the alternative could not be compared with it: ${firstLineOf(original.error)}`,
    differences: [`original did not start:\n${logTailOf(original)}`]
  }
}

function compareExits(original: Exited, alternative: Exited): ParityResult {
  const sameCode = original.exitCode === alternative.exitCode
  const sameStdout = original.stdout === alternative.stdout
  if (sameCode && sameStdout) {
    const bytes = Buffer.byteLength(original.stdout)
    const output =
      bytes === 0 ? 'no output' : `the same output (${bytes} ${bytes === 1 ? 'byte' : 'bytes'})`
    return { status: 'verified', summary: `both exited ${original.exitCode} with ${output}` }
  }
  const codes = `original ${original.exitCode}, alternative ${alternative.exitCode}`
  const differences = [`exit code: ${codes}`]
  if (!sameStdout) differences.push(changedLines('stdout', original.stdout, alternative.stdout))
  if (original.stderr !== alternative.stderr)
    differences.push(changedLines('stderr', original.stderr, alternative.stderr))
  const summary = !sameCode
    ? `exit codes differ (${codes})${sameStdout ? '' : ' and so does stdout'}`
    : `stdout differs (both exited ${original.exitCode})`
  return { status: 'differs', summary, differences }
}

function compareServers(original: Running, alternative: Running, unprobed: string): ParityResult {
  const still = `both still running after ${seconds(Math.min(original.forMs, alternative.forMs))}`
  const before = original.http
  const after = alternative.http
  if (before === undefined || after === undefined)
    return { status: 'started', summary: `${still}; ${unprobed}` }
  const get = `GET ${before.path}`
  if ('status' in before && 'status' in after) {
    if (before.status === after.status)
      return { status: 'verified', summary: `both serve ${get} with ${before.status}` }
    return {
      status: 'differs',
      summary: `${get}: the original answered ${before.status}, the alternative ${after.status}`,
      differences: [
        `${get} status: original ${before.status}, alternative ${after.status}`,
        ...outputOf('original body', before.body),
        ...outputOf('alternative body', after.body)
      ]
    }
  }
  if ('status' in before && 'error' in after)
    return onlyOneAnswered(get, ['original', before], ['alternative', after, alternative])
  if ('error' in before && 'status' in after)
    return onlyOneAnswered(get, ['alternative', after], ['original', before, original])
  // Both gave no answer (the cases above took every other pair). Seen listening on the port, both
  // took the connection and spoke no HTTP: the same; only the original listening: they differ.
  if ('error' in before && 'error' in after && before.listening) {
    if (after.listening)
      return {
        status: 'verified',
        summary: `both listen on port ${before.port} and neither answers ${get} over HTTP`
      }
    if (after.listening === false)
      return {
        status: 'differs',
        summary: notListeningWhereTheOriginalDoes(before.port),
        differences: [
          `original: listens on port ${before.port}, no answer to ${get} (${firstLineOf(before.error)})`,
          `alternative: does not listen on port ${after.port}`,
          ...outputOf('alternative log', logTailOf(alternative))
        ]
      }
  }
  return {
    status: 'started',
    summary: `${still}; neither answered ${get} on port ${before.port}, so there was nothing to compare`
  }
}

type Role = 'original' | 'alternative'

function onlyOneAnswered(
  get: string,
  [answered, served]: [Role, Served],
  [silent, unanswered, silentRun]: [Role, Unanswered, Running]
): ParityResult {
  return {
    status: 'differs',
    summary: `the ${answered} serves ${get} with ${served.status} but the ${silent}, still running, did not answer on port ${unanswered.port}`,
    differences: [
      `${silent}: no answer to ${get} on port ${unanswered.port} (${firstLineOf(unanswered.error)})`,
      ...outputOf(`${silent} log`, logTailOf(silentRun))
    ]
  }
}

/** Everything the container wrote, ending with its last lines. */
function logTailOf(run: RunObservation): string {
  const parts = [run.stdout, run.stderr]
  if (run.state === 'not-started' && !run.stderr.includes(run.error)) parts.push(run.error)
  return tailOf(
    parts
      .map(text => text.replace(/\n+$/, ''))
      .filter(text => text.trim() !== '')
      .join('\n')
  )
}

function outputOf(label: string, text: string): string[] {
  return text.trim() === '' ? [] : [`${label}:\n${headOf(text)}`]
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}
