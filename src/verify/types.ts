/** How to run both images the same way. */
export interface ParityOptions {
  /** Arguments passed to both containers (`verify-args`). */
  args: string[]
  /** Port to probe over HTTP; from `verify-port`, else the images' EXPOSE. */
  port?: number
  /** HTTP path to probe (`verify-path`). */
  path: string
  /** Upper bound for each container run. */
  timeoutMs: number
}

export type ParityResult =
  | { status: 'verified'; summary: string }
  | { status: 'differs'; summary: string; differences: string[] }
  | { status: 'did-not-start'; summary: string; logTail: string }
