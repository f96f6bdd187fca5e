import { createLogUpdate } from 'log-update'
import {
  describeMeasureProgress,
  periodicProgressLines,
  type Progress
} from '../engine/progress.js'
import type { MeasureProgress } from '../measure/index.js'

/** How often the live line is redrawn: fast enough to look live, slow enough to cost nothing. */
const REDRAW_MS = 100

/**
 * The engine's progress on stderr, so stdout holds only the report: a line per phase, logs with
 * --verbose, and while an image is measured a live line on a terminal (a plain line every 10 s
 * when stderr is a file or a pipe).
 */
export function stderrProgress(
  verbose: boolean,
  stream: NodeJS.WriteStream = process.stderr
): Progress {
  return {
    group: async (title, work) => {
      stream.write(`• ${title}…\n`)
      return work()
    },
    info: line => {
      if (verbose) stream.write(`${line}\n`)
    },
    output: chunk => {
      if (verbose) stream.write(chunk)
    },
    measuring: stream.isTTY
      ? liveProgressLine(stream)
      : periodicProgressLines(line => stream.write(`  ${line}\n`))
  }
}

/** One line redrawn in place (log-update), left on screen with its final figures when done. */
export function liveProgressLine(
  stream: NodeJS.WriteStream,
  now: () => number = Date.now
): (progress: MeasureProgress) => void {
  const draw = createLogUpdate(stream, { showCursor: true })
  let started: number | undefined
  let drawn = 0
  return progress => {
    const time = now()
    started ??= time
    if (progress.done) {
      draw(`  ${describeMeasureProgress(progress, time - started)}`)
      draw.done()
      started = undefined
      drawn = 0
      return
    }
    if (time - drawn < REDRAW_MS) return
    drawn = time
    draw(`  ${describeMeasureProgress(progress, time - started)}`)
  }
}
