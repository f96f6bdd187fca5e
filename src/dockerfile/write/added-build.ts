import { goBuildsInShell, type GoBuild } from '../find/go-build.js'
import type { HiddenBuild } from '../find/hidden-build.js'
import type { LinkMode } from '../find/link-mode.js'
import type { ProgramSource } from '../find/shipped-program.js'
import { mountFlagsOf, type ParsedDockerfile } from '../read/parse.js'
import { buildsOn } from '../read/stages.js'
import { quote } from './ldflags.js'
import { goBuildCacheMount, withMount } from './go-build-cache.js'
import type { PlannedChange } from './planned-change.js'
import type { LineInsert } from './render.js'
import { rewriteGoBuilds, type BuildRewriteNotes } from './rewrite-build.js'

/*
 * A build hidden behind a tool (`RUN make build`, `RUN ./build.sh`) cannot be made static by
 * editing its flags. When the user names the main package, a plain go build of it is added right
 * after, writing the file the final image runs, so the binary there is the static one. The rest
 * of the plan treats that build as one the Dockerfile had, so it is written before the analysis
 * goes on.
 */

/** A go build the plan adds after a hidden build, rebuilding the shipped binary. */
export interface AddedGoBuild {
  build: GoBuild
  hidden: HiddenBuild
  /** The go command before it is made static: `go build -o /src/bin/server ./cmd/server`. */
  text: string
  change: PlannedChange
}

// A package path or directory, nothing the shell would read as more than one plain word.
const PACKAGE_PATTERN = /^[A-Za-z0-9_./@+][A-Za-z0-9_./@+-]*$/

/**
 * The go build of `goPackage` that rebuilds the binary the final image runs (`source`, undefined
 * when the image does not say which it is), placed after the last hidden build of the stage it
 * comes from; or why it cannot be placed.
 */
export function addGoBuild(
  parsed: ParsedDockerfile,
  source: ProgramSource | undefined,
  hiddenBuilds: readonly HiddenBuild[],
  goPackage: string,
  modulePath?: string
): AddedGoBuild | { reason: string } {
  if (!PACKAGE_PATTERN.test(goPackage)) {
    return {
      reason: `go-package "${goPackage}" is not a package path: name the main package's directory, e.g. ./cmd/server`
    }
  }
  if (!source) {
    return {
      reason: `go-package is ${goPackage}, but the file the final image runs cannot be told: give the final stage an ENTRYPOINT with the binary's absolute path, COPY --from the build stage`
    }
  }
  const hidden = hiddenBuilds.filter(h => buildsOn(source.stage, h.stage)).at(-1)
  if (!hidden) {
    return {
      reason: `go-package is ${goPackage}, but ${source.path} comes from a stage with no make, build tool or script to follow (line ${source.stage.fromLine + 1}); call go build there`
    }
  }
  const text = `go build -o ${quote(source.path, '')} ${goPackage}`
  const at = { stage: hidden.stage, instruction: hidden.instruction, offset: 0 }
  const build = goBuildsInShell(text, parsed.escape, at, modulePath)[0] as GoBuild
  const line = hidden.instruction.startLine + 1
  return {
    build,
    hidden,
    text,
    change: {
      summary: `go build ${goPackage} added after RUN ${hidden.command} (line ${line}): go-package names the main package, and its static binary replaces ${source.path}`,
      gap: null
    }
  }
}

/**
 * The RUN line of the added go build, made static for `mode`, right after the hidden build; with
 * the cache mount for Go's build cache it got, if any.
 */
export function addedBuildInsert(
  parsed: ParsedDockerfile,
  added: AddedGoBuild,
  mode: LinkMode
): { insert: LineInsert; notes: BuildRewriteNotes; mount?: string } {
  const rewritten = rewriteGoBuilds(added.text, [added.build], mode)
  const { instruction } = added.hidden
  const shell = { text: added.text, escape: parsed.escape }
  const mount = goBuildCacheMount(parsed, instruction, [added.build], shell)
  // The secrets, ssh agent and caches the hidden build mounts are what this build needs too.
  const mounts = mountFlagsOf(instruction.node).map(flag => `${flag} `)
  return {
    insert: {
      after: instruction.endLine,
      lines: [withMount(`RUN ${mounts.join('')}${rewritten.text}`, 'RUN'.length, mount)]
    },
    notes: rewritten.notes[0] as BuildRewriteNotes,
    ...(mount && { mount })
  }
}
