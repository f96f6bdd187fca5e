/** What a reader needs from a failed `docker buildx build --progress plain` log. */
export interface BuildFailure {
  /** The step that failed, as BuildKit names it: `[build 4/4] RUN go build -o app .`. */
  step?: string
  /** The Dockerfile line of the failing instruction, when BuildKit printed it. */
  line?: number
  /** One line: BuildKit's own `ERROR:` reason, or the last line of the log. */
  reason: string
  /** The last lines of the failing step's output (or of the whole log). */
  tail: string[]
}

const TAIL_LINES = 20

/** Finds the failing step and the end of its output in a plain-progress BuildKit log. Pure. */
export function summarizeBuildFailure(log: string): BuildFailure {
  const lines = log.split(/\r?\n/).filter(line => line.trim() !== '')
  const errorLine = lines.find(line => /^#\d+ ERROR: /.test(line))
  const vertex = errorLine ? /^#(\d+) /.exec(errorLine)?.[1] : undefined
  const step = vertex
    ? lines.find(line => new RegExp(`^#${vertex} \\[`).test(line))?.replace(/^#\d+ /, '')
    : undefined
  const stepOutput = vertex
    ? lines
        .filter(line => line.startsWith(`#${vertex} `) && !line.startsWith(`#${vertex} [`))
        .map(line => line.replace(/^#\d+ (\d+\.\d+ )?/, ''))
    : []
  const finalError = [...lines].reverse().find(line => /^(ERROR|error):? /.test(line))
  const lineMatch = /^Dockerfile(?:\.[\w.-]+)?:(\d+)/m.exec(log) ?? /\bDockerfile:(\d+)\b/.exec(log)
  return {
    step,
    line: lineMatch ? Number(lineMatch[1]) : undefined,
    reason: (finalError ?? errorLine ?? lines.at(-1) ?? 'the build failed without output').replace(
      /^(ERROR|error):? /,
      ''
    ),
    tail: (stepOutput.length > 0 ? stepOutput : lines).slice(-TAIL_LINES)
  }
}
