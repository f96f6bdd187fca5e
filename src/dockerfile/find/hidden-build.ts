import { posix } from 'node:path'
import { parseJsonArray } from '../read/command-line.js'
import {
  argumentsOf,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'
import { simpleCommands, tokenizeShell } from '../read/shell-words.js'
import { expandVariables } from '../read/variables.js'

/*
 * A build hidden behind a tool (`RUN make build`, `RUN ./build.sh`) cannot be made static by
 * editing its flags; the plan can only add a go build after it (write/added-build.ts).
 */

/** A RUN that calls a build tool or script which may run go build out of sight. */
export interface HiddenBuild {
  stage: Stage
  instruction: StageInstruction
  /** The tool's command as written, e.g. `make build`. */
  command: string
  /** The tool's words: `make`, `build`. */
  words: string[]
  /** Directory the tool runs in, after any `cd` earlier in the same RUN. */
  cwd: string
}

const HIDDEN_BUILDERS = new Set([
  'make',
  'gmake',
  'task',
  'just',
  'mage',
  'bazel',
  'goreleaser',
  'ko'
])

/** Every RUN in the given stages that calls a build tool or a `.sh` script, in order. */
export function findHiddenBuilds(
  parsed: ParsedDockerfile,
  stages: readonly Stage[]
): HiddenBuild[] {
  const found: HiddenBuild[] = []
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue
      const text = argumentsOf(instruction)
      const argv = parseJsonArray(text.trim())
      const commands = argv
        ? [argv.map(word => ({ raw: word, value: word }))]
        : simpleCommands(tokenizeShell(text, parsed.escape)).map(c => c.words)
      let cwd = instruction.workdir
      for (const words of commands) {
        const program = words[0]?.value ?? ''
        if (program === 'cd' && words[1]) {
          cwd = posix.resolve(cwd, expandVariables(words[1].value, instruction.variables))
        } else if (isBuildTool(program)) {
          const command = words.map(word => word.raw).join(' ')
          found.push({ stage, instruction, command, words: words.map(w => w.value), cwd })
          break
        }
      }
    }
  }
  return found
}

/**
 * make and its kin; a shell script (`./build.sh`, `scripts/build`); a wrapper of the go command
 * (`xx-go build`, from tonistiigi/xx, or any `*-go`).
 */
function isBuildTool(program: string): boolean {
  const name = posix.basename(program)
  return (
    HIDDEN_BUILDERS.has(name) ||
    name.endsWith('.sh') ||
    /.-go$/.test(name) ||
    (program.includes('/') && /build/i.test(name))
  )
}

/**
 * Why a hidden build alone gives nothing to rebuild, and the input that would. Reports put it
 * after the status ("no Go build found: …"), so it does not say that again.
 */
export function hiddenBuildReason(hidden: HiddenBuild): string {
  return `RUN ${hidden.command} (line ${hidden.instruction.startLine + 1}) may build the program, but only go build and go install can be made static here; call go build in the Dockerfile, or name the main package with the go-package input (e.g. go-package: ./cmd/server)`
}
