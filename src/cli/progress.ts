import type { Progress } from '../engine/progress.js'

/** The engine's progress on stderr, so stdout holds only the report: a line per phase, logs with --verbose. */
export function stderrProgress(verbose: boolean): Progress {
  return {
    group: async (title, work) => {
      process.stderr.write(`• ${title}…\n`)
      return work()
    },
    info: line => {
      if (verbose) process.stderr.write(`${line}\n`)
    },
    output: chunk => {
      if (verbose) process.stderr.write(chunk)
    }
  }
}
