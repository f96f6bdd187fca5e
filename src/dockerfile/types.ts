/** Something in the user's Dockerfile worth pointing at, by its 1-based line. */
export interface Finding {
  line: number
  message: string
}

/** One thing the generated Dockerfile does differently, and why. */
export interface Change {
  summary: string
}

/** What the planner knows about the Go program from its sources (read by `scanGoSources`). */
export interface GoFacts {
  /** Import paths of all non-test .go files in the build context. */
  imports: string[]
  /** True when a .go file has `import "C"`. */
  usesCgo: boolean
  /** Module paths from go.mod known to need cgo (e.g. github.com/mattn/go-sqlite3). */
  cgoModules: string[]
  /** String literals passed to os.Open, os.ReadFile, template.ParseFiles/ParseGlob, http.Dir… */
  openedPaths: string[]
  /** True when the program calls time.LoadLocation. */
  loadsLocations: boolean
  /** True when the program uses os.TempDir / os.CreateTemp / os.MkdirTemp. */
  usesTempDir: boolean
  /** The `module` path of go.mod at the context root; names a binary built without `-o`. */
  modulePath?: string
  /**
   * The relative `openedPaths` that exist in the build context, as their first path element
   * (`templates/index.html` → `templates`): what a single-stage image must carry over.
   */
  runtimeFiles?: string[]
  /** Libraries named by `#cgo LDFLAGS: -lNAME` (e.g. `m`, `sqlite3`). */
  cgoLibraries?: string[]
}

/** The generator's answer for one Dockerfile. */
export type AlternativePlan =
  | {
      kind: 'generated'
      /** The complete multi-stage Dockerfile, ending in `FROM scratch`. */
      dockerfile: string
      /** What it changed and why, one line each. */
      changes: Change[]
      /** Things it could not carry over but that do not stop it. */
      warnings: Finding[]
      /** Set when the original already ends in scratch: what is left to gain. */
      alreadyMinimal?: { gaps: string[] }
    }
  | {
      kind: 'not-possible'
      /** Why scratch cannot run this image, each with its line. */
      blockers: Finding[]
      /** The nearest base that can, e.g. `gcr.io/distroless/static-debian12` or `busybox`. */
      nearest?: string
    }
  | { kind: 'not-applicable'; reason: string }
