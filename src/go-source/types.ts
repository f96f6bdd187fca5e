/** What the Go sources of the build context tell about the program (read by `scanGoSources`). */
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
  /**
   * Set when the scan stopped at its limit: how many .go files it did not read, and whether any
   * of them belong to the program (its main packages or what they import from the module).
   */
  unread?: { files: number; limit: number; listingStopped: boolean; program: boolean }
  /** Libraries named by `#cgo LDFLAGS: -lNAME` (e.g. `m`, `sqlite3`). */
  cgoLibraries?: string[]
}
