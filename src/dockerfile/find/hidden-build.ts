import { posix } from 'node:path'
import { goBuildsInShell, type GoBuild } from './go-build.js'
import { quote } from '../write/ldflags.js'
import {
  parseJsonArray,
  stageChain,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'
import type { PlannedChange } from '../write/planned-change.js'
import type { LineInsert } from '../write/render.js'
import { rewriteGoBuilds, type BuildRewriteNotes, type LinkMode } from '../write/rewrite-build.js'
import { programSource } from './shipped-program.js'
import { simpleCommands, tokenizeShell } from '../read/shell-words.js'

/*
 * A build hidden behind a tool (`RUN make build`, `RUN ./build.sh`) cannot be made static by
 * editing its flags. When the user names the main package, a plain go build of it is added right
 * after, writing the file the final image runs, so the binary there is the static one.
 */

/** A RUN that calls a build tool or script which may run go build out of sight. */
export interface HiddenBuild {
  stage: Stage
  instruction: StageInstruction
  /** The tool's command as written, e.g. `make build`. */
  command: string
}

/** A go build the plan adds after a hidden build, rebuilding the shipped binary. */
export interface AddedGoBuild {
  build: GoBuild
  hidden: HiddenBuild
  /** The go command before it is made static: `go build -o /src/bin/server ./cmd/server`. */
  text: string
  change: PlannedChange
}

const HIDDEN_BUILDERS = new Set(['make', 'task', 'just', 'mage', 'bazel', 'goreleaser', 'ko'])

// A package path or directory, nothing the shell would read as more than one plain word.
const PACKAGE_PATTERN = /^[A-Za-z0-9_./@+][A-Za-z0-9_./@+-]*$/

/** Every RUN in the given stages that calls a build tool or a `.sh` script, in order. */
export function findHiddenBuilds(
  parsed: ParsedDockerfile,
  stages: readonly Stage[]
): HiddenBuild[] {
  const found: HiddenBuild[] = []
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue
      const text = instruction.node.getArgumentsContent() ?? ''
      const argv = parseJsonArray(text.trim())
      const commands = argv
        ? [argv]
        : simpleCommands(tokenizeShell(text, parsed.escape)).map(c => c.words.map(w => w.raw))
      const hidden = commands.find(words => isBuildTool(words[0] ?? ''))
      if (hidden) found.push({ stage, instruction, command: hidden.join(' ') })
    }
  }
  return found
}

function isBuildTool(program: string): boolean {
  return HIDDEN_BUILDERS.has(posix.basename(program)) || program.endsWith('.sh')
}

/** Why a hidden build alone gives nothing to rebuild, and the input that would. */
export function hiddenBuildReason(hidden: HiddenBuild): string {
  return `no Go build found: RUN ${hidden.command} (line ${hidden.instruction.startLine + 1}) may build the program, but only go build and go install can be made static here; call go build in the Dockerfile, or name the main package with the go-package input (e.g. go-package: ./cmd/server)`
}

/**
 * The go build of `goPackage` that rebuilds the binary the final image runs, placed after the
 * last hidden build of the stage it comes from; or why it cannot be placed.
 */
export function addGoBuild(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  hiddenBuilds: readonly HiddenBuild[],
  goPackage: string,
  modulePath?: string
): AddedGoBuild | { reason: string } {
  if (!PACKAGE_PATTERN.test(goPackage)) {
    return {
      reason: `go-package "${goPackage}" is not a package path: name the main package's directory, e.g. ./cmd/server`
    }
  }
  const source = programSource(parsed, finalStage)
  if (!source) {
    return {
      reason: `go-package is ${goPackage}, but the file the final image runs cannot be told: give the final stage an ENTRYPOINT with the binary's absolute path, COPY --from the build stage`
    }
  }
  const chain = stageChain(source.stage)
  const hidden = hiddenBuilds.filter(h => chain.includes(h.stage)).at(-1)
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

/** The RUN line of the added go build, made static for `mode`, right after the hidden build. */
export function addedBuildInsert(
  added: AddedGoBuild,
  mode: LinkMode
): { insert: LineInsert; notes: BuildRewriteNotes } {
  const rewritten = rewriteGoBuilds(added.text, [added.build], mode)
  return {
    insert: { after: added.hidden.instruction.endLine, lines: [`RUN ${rewritten.text}`] },
    notes: rewritten.notes[0] as BuildRewriteNotes
  }
}
