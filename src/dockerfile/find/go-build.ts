import { posix } from 'node:path'
import { parseJsonArray } from '../read/command-line.js'
import {
  instructionText,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'
import { execFormAsShell } from '../read/exec-form-run.js'
import { readGoArguments, type GoFlag } from './go-flags.js'
import {
  simpleCommands,
  tokenizeShell,
  type ShellWord,
  type SimpleCommand
} from '../read/shell-words.js'
import { expandVariables } from '../read/variables.js'

/** One `go build` or `go install` found in a RUN. */
export interface GoBuild {
  stage: Stage
  instruction: StageInstruction
  /** Offset of the RUN's shell text inside the instruction text (for rewriting). */
  offset: number
  command: SimpleCommand
  /** The `go` word and the `build`/`install` word. */
  goWord: ShellWord
  verbWord: ShellWord
  verb: 'build' | 'install'
  flags: GoFlag[]
  packages: string[]
  /** Environment of the go command: stage ARG/ENV plus `NAME=value` prefixes on the command. */
  env: ReadonlyMap<string, string>
  /** Directory the command runs in, after any `cd` earlier in the same RUN. */
  cwd: string
  /** Absolute path of the binary, or of the directory for `-o dir/`; undefined when unknown. */
  output?: string
  outputIsDirectory: boolean
  /** `go install tool@version`: a build tool, not the program. */
  isToolInstall: boolean
  /**
   * For an exec-form RUN: the shell line that runs the same argv, which `command` and `offset`
   * refer to instead of the instruction's text.
   */
  execShell?: string
}

/** Every `go build`/`go install` in the given stages, in Dockerfile order. */
export function findGoBuilds(
  parsed: ParsedDockerfile,
  stages: readonly Stage[],
  modulePath?: string
): GoBuild[] {
  const builds: GoBuild[] = []
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue
      builds.push(...goBuildsInRun(parsed, stage, instruction, modulePath))
    }
  }
  return builds
}

function goBuildsInRun(
  parsed: ParsedDockerfile,
  stage: Stage,
  instruction: StageInstruction,
  modulePath?: string
): GoBuild[] {
  const range = instruction.node.getArgumentsRange()
  if (!range) return []
  const startLine = parsed.lines[range.start.line] ?? ''
  const offset =
    parsed.lines
      .slice(instruction.startLine, range.start.line)
      .reduce((sum, line) => sum + line.length + 1, 0) + range.start.character
  const text = instructionText(parsed, instruction)
  const argv = parseJsonArray(startLine.slice(range.start.character).trim())
  if (argv !== null) {
    const execShell = execFormAsShell(argv)
    const at = { stage, instruction, offset: 0 }
    return goBuildsInShell(execShell, '\\', at, modulePath).map(build => ({ ...build, execShell }))
  }
  return goBuildsInShell(
    text.slice(offset),
    parsed.escape,
    { stage, instruction, offset },
    modulePath
  )
}

/**
 * The go commands of some shell text run as (or, for a go build the plan adds, right after)
 * `instruction`: it gives their environment, working directory and line. `offset` is where the
 * text sits inside the instruction's text.
 */
export function goBuildsInShell(
  shell: string,
  escape: string,
  at: { stage: Stage; instruction: StageInstruction; offset: number },
  modulePath?: string
): GoBuild[] {
  const { stage, instruction, offset } = at
  const builds: GoBuild[] = []
  let cwd = instruction.workdir
  for (const command of simpleCommands(tokenizeShell(shell, escape))) {
    const { env, words } = commandEnvironment(command, instruction.variables)
    const expand = (value: string): string => expandVariables(value, env)
    const first = words[0]
    if (first?.value === 'cd' && words[1]) {
      cwd = posix.resolve(cwd, expand(words[1].value))
      continue
    }
    const verbWord = words[1]
    if (!first || !verbWord || !isGoBinary(first.value)) continue
    if (verbWord.value !== 'build' && verbWord.value !== 'install') continue
    const { flags, packages } = readGoArguments(words.slice(2))
    const chdir = flags.find(flag => flag.name === 'C')
    const goCwd = chdir ? posix.resolve(cwd, expand(chdir.value)) : cwd
    const build: GoBuild = {
      stage,
      instruction,
      offset,
      command,
      goWord: first,
      verbWord,
      verb: verbWord.value,
      flags,
      packages: packages.map(expand),
      env,
      cwd: goCwd,
      outputIsDirectory: false,
      isToolInstall: verbWord.value === 'install' && packages.some(p => p.includes('@'))
    }
    Object.assign(build, locateOutput(build, stage, modulePath))
    builds.push(build)
  }
  return builds
}

/**
 * The environment a command runs with and its words after the `NAME=value` prefixes:
 * `NAME=value go build` and `env NAME=value go build` both set the go command's environment.
 */
function commandEnvironment(
  command: SimpleCommand,
  variables: ReadonlyMap<string, string>
): { env: Map<string, string>; words: ShellWord[] } {
  const env = new Map(variables)
  const assign = (word: ShellWord): void => {
    const eq = word.value.indexOf('=')
    env.set(word.value.slice(0, eq), expandVariables(word.value.slice(eq + 1), env))
  }
  command.assignments.forEach(assign)
  const words = [...command.words]
  if (words[0]?.value === 'env') {
    words.shift()
    while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].value)) assign(words.shift()!)
  }
  return { env, words }
}

function isGoBinary(word: string): boolean {
  return word === 'go' || word.endsWith('/go')
}

/** Where the binary lands, following cmd/go's naming rules. */
function locateOutput(
  build: GoBuild,
  stage: Stage,
  modulePath?: string
): Pick<GoBuild, 'output' | 'outputIsDirectory'> {
  const expand = (value: string): string => expandVariables(value, build.env)
  const packageName = defaultBinaryName(build, stage, modulePath)
  if (build.verb === 'install') {
    const gobin = build.env.get('GOBIN')
    const gopath = (build.env.get('GOPATH') ?? '/root/go').split(':')[0] as string
    const dir = gobin ? gobin : posix.join(gopath, 'bin')
    return {
      output: packageName ? posix.join(dir, packageName) : undefined,
      outputIsDirectory: false
    }
  }
  const o = build.flags.find(flag => flag.name === 'o')
  if (!o) {
    return {
      output: packageName ? posix.join(build.cwd, packageName) : undefined,
      outputIsDirectory: false
    }
  }
  const value = expand(o.value)
  const output = posix.resolve(build.cwd, value)
  return { output, outputIsDirectory: value.endsWith('/') }
}

/** The name cmd/go gives a binary it is not told to name: from the package path or first file. */
function defaultBinaryName(
  build: Pick<GoBuild, 'packages' | 'cwd'>,
  stage: Pick<Stage, 'moduleRoot'>,
  modulePath?: string
): string | undefined {
  const packages = build.packages.length === 0 ? ['.'] : build.packages
  if (packages.every(p => p.endsWith('.go'))) return posix.basename(packages[0] as string, '.go')
  if (packages.length !== 1) return undefined
  const pkg = (packages[0] as string).split('@')[0] as string
  if (pkg.includes('...')) return undefined
  if (!pkg.startsWith('.') && !pkg.startsWith('/')) return lastPathElement(pkg)
  const dir = posix.resolve(build.cwd, pkg)
  // Without a COPY of go.mod in sight, assume the build runs at the module root, as most do.
  const root = stage.moduleRoot ?? build.cwd
  if (modulePath && dir === root) return lastPathElement(modulePath)
  return lastPathElement(dir)
}

/** The last element of an import path, skipping a major-version suffix such as `/v2`. */
function lastPathElement(path: string): string {
  const parts = path.split('/').filter(Boolean)
  const last = parts[parts.length - 1] ?? ''
  if (/^v[2-9]\d*$/.test(last) && parts.length > 1) return parts[parts.length - 2] as string
  return last
}
