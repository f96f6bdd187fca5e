/** How to run both images the same way. */
export interface ParityOptions {
  /** Arguments passed to both containers (`verify-args`). */
  args: string[]
  /**
   * Port to probe over HTTP; from `verify-port`, else the images' EXPOSE, else the lowest port the
   * original is seen listening on.
   */
  port?: number
  /** HTTP path to probe (`verify-path`). */
  path: string
  /** Upper bound for each container run. */
  timeoutMs: number
  /** How long a container must keep running to count as a server (default 1500 ms). */
  settleMs?: number
  /** Start of every container name, so leftovers are easy to find (default `go-image-budget-verify`). */
  namePrefix?: string
}

export type ParityResult =
  | { status: 'verified'; summary: string }
  /** Both kept running, but nothing they did could be compared (no port, no answer). */
  | { status: 'started'; summary: string }
  | { status: 'differs'; summary: string; differences: string[] }
  | { status: 'did-not-start'; summary: string; logTail: string }

/** What an HTTP GET to a running container got back (or why it got nothing). */
export type HttpAnswer =
  | { port: number; path: string; status: number; body: string }
  | {
      port: number
      path: string
      error: string
      /** Whether its process listened on the port, from its socket table; undefined if unread. */
      listening?: boolean
    }

/** What one container did, seen from outside; `compareRuns` turns two of these into a verdict. */
export type RunObservation =
  /** docker could not start the process at all (missing entrypoint, unusable image). */
  | { state: 'not-started'; error: string; stdout: string; stderr: string }
  | { state: 'exited'; exitCode: number; stdout: string; stderr: string }
  /** Still running when we stopped watching, `forMs` after it was started. */
  | { state: 'running'; forMs: number; stdout: string; stderr: string; http?: HttpAnswer }
