import type { GoBinary } from '../binary/index.js'
import type { GoFacts } from '../go-source/types.js'

/** Something in the user's Dockerfile worth pointing at, by its 1-based line. */
export interface Finding {
  line: number
  message: string
}

/** One thing the generated Dockerfile does differently, and why. */
export interface Change {
  summary: string
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
      /**
       * What decided the CA bundle and the time zone database: the function tables of the
       * binaries the image ships, or a scan of the Go sources when they were not read.
       */
      runtimeNeedsFrom: 'binary' | 'sources'
      /**
       * Binaries built again with CGO_ENABLED=0 (their paths in the alternative, and the line of
       * the build step): the built alternative is checked for them being static.
       */
      rebuiltStatic?: { path: string; line: number }[]
      /** A make build left binaries unstripped: the dry run that shows where their go build is. */
      makeDryRun?: MakeDryRun
    }
  | {
      kind: 'not-possible'
      /** Why scratch cannot run this image, each with its line. */
      blockers: Finding[]
      /** The nearest base that can, e.g. `gcr.io/distroless/static-debian12` or `busybox`. */
      nearest?: string
    }
  | { kind: 'not-applicable'; reason: string }

/**
 * `make -n` of a hidden make build, run in an image of the stage that makes the binaries (the
 * original Dockerfile cut after that stage): it prints the go commands without running them.
 */
export interface MakeDryRun {
  dockerfile: string
  /** Directory make runs in. */
  workdir: string
  /** Shell command line: the RUN's make command with `-n -B --trace` added. */
  command: string
  /** 1-based line of the RUN that calls make. */
  line: number
  /** Paths in that stage of the unstripped binaries. */
  sources: string[]
}

/** What the planner is asked about: a Dockerfile, how it is built, and its Go sources. */
export interface PlanInput {
  /** The Dockerfile's text. */
  dockerfile: string
  /** The stage to build, as `docker build --target`; the last stage when absent. */
  target?: string
  /** `--build-arg` values, used to resolve ARGs in paths and flags. */
  buildArgs: Record<string, string>
  go: GoFacts
  /**
   * The main package (`./cmd/server`, `.`), relative to the build stage's WORKDIR, for a build
   * hidden behind make or a script: the plan adds a go build of it after that build.
   */
  goPackage?: string
  /**
   * What the measurement read of the original's final filesystem. Without it the plan knows only
   * the directories the Dockerfile's mkdir lines make, and says so in a warning.
   */
  filesystem?: OriginalFilesystem
  /**
   * The Go executables the original image's own layers hold (not its base image's), as the
   * measurement read them; undefined when the image was not measured.
   */
  shipped?: ImageBinary[]
}

/** The original's final filesystem, as measure/filesystem-facts.ts reads it from the layers. */
export interface OriginalFilesystem {
  /** Every directory a layer lists, the root aside. */
  directories: OriginalDirectory[]
  /** /etc/passwd and /etc/group, when the image has them: their text, or why it was not read. */
  files: ({ path: string; text: string } | { path: string; unread: string })[]
}

export interface OriginalDirectory {
  path: string
  uid: number
  gid: number
  /** Permission bits with setuid, setgid and sticky, e.g. 0o1777. */
  mode: number
  /** The FROM image's layers left it so: the image's own layers did not change it. */
  fromBase: boolean
}

/** A Go executable of the original image: its path there, and what it says of itself. */
export type ImageBinary = GoBinary & { path: string }
