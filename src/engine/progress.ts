/** Where a run tells its reader what it is doing: foldable groups in Actions, stderr in the CLI. */
export interface Progress {
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  info(line: string): void
  /** Raw tool output (build logs) inside the current group. */
  output(chunk: string): void
}

/** A Progress that says nothing, for tests. */
export const silentProgress: Progress = {
  group: (_title, work) => work(),
  info: () => undefined,
  output: () => undefined
}
