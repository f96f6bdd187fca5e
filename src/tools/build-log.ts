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
// A log line can be a whole Dockerfile line BuildKit prints back (hundreds of KB): a report shows
// its start.
const MAX_LINE_CHARS = 500

// Failures whose words do not say what to do.
const HINTS: [RegExp, string][] = [
  [
    /max depth exceeded/,
    'the image has more layers than the storage driver stacks (overlay2: about 125): join RUN, COPY and ADD steps, or build in a stage and COPY the result in one layer'
  ]
]

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
  const said = (finalError ?? errorLine ?? lines.at(-1) ?? 'the build failed without output')
    .replace(/^(ERROR|error):? /, '')
    .replace(/\b(\w+: )\1+/g, '$1')
  const hint = HINTS.find(([pattern]) => pattern.test(said))?.[1]
  return {
    step,
    line: lineMatch ? Number(lineMatch[1]) : undefined,
    reason: cutLine(hint ? `${said} (${hint})` : said),
    tail: (stepOutput.length > 0 ? stepOutput : lines).slice(-TAIL_LINES).map(cutLine)
  }
}

function cutLine(line: string): string {
  if (line.length <= MAX_LINE_CHARS) return line
  return `${line.slice(0, MAX_LINE_CHARS)}… (${(line.length - MAX_LINE_CHARS).toLocaleString('en-US')} more characters)`
}
