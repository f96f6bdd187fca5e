import { formatBytes, formatDuration } from '../core/format.js'
import type { MeasureProgress } from '../measure/index.js'

/** Where a run tells its reader what it is doing: foldable groups in Actions, stderr in the CLI. */
export interface Progress {
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  info(line: string): void
  /** Raw tool output (build logs) inside the current group. */
  output(chunk: string): void
  /** How far the measurement of an image has come: called often, drawn as the display sees fit. */
  measuring?(progress: MeasureProgress): void
}

/** A Progress that says nothing, for tests. */
export const silentProgress: Progress = {
  group: (_title, work) => work(),
  info: () => undefined,
  output: () => undefined
}

/**
 * `layer 3 of 7, 120 MB of 737 MB, 45.2 MB/s, 14 s left`: one measurement's progress in plain text,
 * `elapsedMs` after it started. Figures the engine did not give are left out, never guessed.
 */
export function describeMeasureProgress(progress: MeasureProgress, elapsedMs: number): string {
  const { layer, layers, bytesRead, bytesTotal } = progress
  const parts = [layers ? `layer ${Math.min(layer, layers)} of ${layers}` : `layer ${layer}`]
  parts.push(
    bytesTotal
      ? `${formatBytes(bytesRead)} of ${formatBytes(bytesTotal)}`
      : `${formatBytes(bytesRead)} read`
  )
  const rate = elapsedMs >= 1000 ? bytesRead / (elapsedMs / 1000) : undefined
  if (rate !== undefined) parts.push(`${formatBytes(Math.round(rate))}/s`)
  if (progress.done) parts.push(`done in ${formatDuration(elapsedMs / 1000)}`)
  else if (rate && bytesTotal && bytesTotal > bytesRead)
    parts.push(`${formatDuration((bytesTotal - bytesRead) / rate)} left`)
  return parts.join(', ')
}

/**
 * For a log without a live line (Actions, a CLI whose stderr is no terminal): the progress as one
 * plain line every `intervalMs`, and a last one when the measurement took that long at all.
 */
export function periodicProgressLines(
  write: (line: string) => void,
  intervalMs = 10_000,
  now: () => number = Date.now
): (progress: MeasureProgress) => void {
  let started: number | undefined
  let last = 0
  return progress => {
    const time = now()
    if (started === undefined || (progress.layer <= 1 && progress.bytesRead === 0)) {
      started = time
      last = time
    }
    if (progress.done) {
      if (time - started >= intervalMs) write(describeMeasureProgress(progress, time - started))
      started = undefined
      return
    }
    if (time - last < intervalMs) return
    last = time
    write(describeMeasureProgress(progress, time - started))
  }
}
