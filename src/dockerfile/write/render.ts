/** Replaces lines `start`…`end` (0-based, inclusive) of the original with `lines`. */
export interface LineEdit {
  start: number
  end: number
  lines: string[]
}

/** Adds `lines` after line `after` (0-based) of the original. */
export interface LineInsert {
  after: number
  lines: string[]
}

/** The alternative as edits to the original's lines, and the stage that follows them. */
export interface DockerfileRewrite {
  /** The last line (0-based) of the original that is kept; the scratch stage follows it. */
  keepThrough: number
  edits: readonly LineEdit[]
  inserts: readonly LineInsert[]
  scratchStage: readonly string[]
}

/**
 * The alternative Dockerfile: the original's lines up to `keepThrough` with the given edits
 * (its build stages, byte for byte where nothing changed), then the scratch stage.
 */
export function renderDockerfile(original: readonly string[], rewrite: DockerfileRewrite): string {
  const { keepThrough, edits, inserts, scratchStage } = rewrite
  const out: string[] = []
  for (let line = 0; line <= keepThrough && line < original.length; line++) {
    const edit = edits.find(e => e.start <= line && line <= e.end)
    if (edit) {
      if (line === edit.start) out.push(...edit.lines)
    } else out.push(original[line] as string)
    const editEnd = edit ? edit.end : line
    if (line === editEnd) {
      for (const insert of inserts) if (insert.after === line) out.push(...insert.lines)
    }
  }
  while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop()
  return `${[...out, '', ...scratchStage].join('\n')}\n`
}
