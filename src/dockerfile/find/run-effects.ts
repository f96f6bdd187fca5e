import { posix } from 'node:path'
import type { Finding } from '../types.js'
import { argumentsOf, type ParsedDockerfile, type StageInstruction } from '../read/parse.js'
import {
  simpleCommands,
  tokenizeShell,
  type ShellToken,
  type ShellWord
} from '../read/shell-words.js'
import { expandVariables } from '../read/variables.js'

/** A user that a RUN creates with adduser/useradd. */
export interface CreatedUser {
  name: string
  uid?: string
  /** Primary group, by name or number, when the command names one. */
  group?: string
  line: number
}

/** What the RUN lines of a stage set up that a scratch image would have to carry over. */
export interface RunEffects {
  /** Packages installed with apk/apt/yum/dnf, with the line that installs each. */
  packages: { name: string; line: number }[]
  users: CreatedUser[]
  groups: { name: string; gid?: string }[]
  /** Directories made with mkdir; `ownedBy` is set when a chown hands them to a user. */
  directories: { path: string; ownedBy?: string; line: number }[]
  /** Commands that have no scratch equivalent, with their line and, when it is not the lack of a shell, why. */
  unsupported: { command: string; line: number; why?: string }[]
}

const HOUSEKEEPING = new Set(['true', ':', 'update-ca-certificates', 'chmod'])

/** The commands whose words the alternative writes again, so each word must be known. */
const SETS_UP = new Set(['mkdir', 'chown', 'adduser', 'useradd', 'addgroup', 'groupadd'])

/** Shell keywords that start a compound command, with what a warning calls them. */
const COMPOUND: ReadonlyMap<string, string> = new Map([
  ['for', 'for loop'],
  ['while', 'while loop'],
  ['until', 'until loop'],
  ['select', 'select loop'],
  ['if', 'condition (if)'],
  ['case', 'case statement'],
  ['function', 'shell function']
])

const SEPARATOR_VALUES = new Set(['&&', '||', '|', ';', '&', '(', ')', '\n'])

/** The kind of the first loop or condition a RUN holds, if any. */
function compoundCommand(tokens: readonly ShellToken[]): string | undefined {
  let atStart = true
  for (const token of tokens) {
    if (token.kind === 'operator') {
      atStart = SEPARATOR_VALUES.has(token.value)
      continue
    }
    const kind = COMPOUND.get(token.raw)
    if (atStart && kind) return kind
    if (atStart && token.raw.endsWith('()')) return 'shell function'
    atStart = ['!', 'then', 'do', 'else', '{'].includes(token.raw)
  }
  return undefined
}

/**
 * The first expansion left after the Dockerfile's own ARG and ENV values were put in: `$NAME`,
 * `$(id -u)`, a backquote. A single-quoted `$` is a plain character and is kept as written.
 */
function runTimeExpansion(words: readonly string[], raw: readonly ShellWord[]): string | undefined {
  for (const [index, word] of raw.entries()) {
    if (!word.expands) continue
    const found = /\$\([^)]*\)?|\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?$!-]|`[^`]*`?/.exec(
      words[index] ?? ''
    )
    if (found) return found[0]
  }
  return undefined
}

const MAX_COMMAND = 120

/** A command as a warning quotes it: one line, at most MAX_COMMAND characters. */
function shortened(command: string): string {
  return command.length > MAX_COMMAND ? `${command.slice(0, MAX_COMMAND - 1)}…` : command
}

/** Reads the RUN instructions of one stage for what they leave behind at run time. */
export function runEffects(
  parsed: ParsedDockerfile,
  instructions: readonly StageInstruction[]
): RunEffects {
  let effects: RunEffects = {
    packages: [],
    users: [],
    groups: [],
    directories: [],
    unsupported: []
  }
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') continue
    const line = instruction.startLine + 1
    const tokens = tokenizeShell(argumentsOf(instruction), parsed.escape)
    const compound = compoundCommand(tokens)
    if (compound) {
      // What a loop or a condition makes depends on the shell running it: none of it is guessed.
      const command = shortened(argumentsOf(instruction).replace(/\s+/g, ' ').trim())
      const why = `a ${compound} needs a shell, which scratch lacks: add what it makes to the /rootfs RUN of the generated Dockerfile`
      effects = { ...effects, unsupported: [...effects.unsupported, { command, line, why }] }
      continue
    }
    for (const command of simpleCommands(tokens)) {
      if (command.words.length === 0) continue // only assignments: nothing is left behind
      const words = command.words.map(word => expandVariables(word.value, instruction.variables))
      effects = withCommand(effects, words, command.words, line, instruction.workdir)
    }
  }
  return effects
}

/** The effects so far, with those of one more command. */
function withCommand(
  effects: RunEffects,
  words: string[],
  raw: readonly ShellWord[],
  line: number,
  workdir: string
): RunEffects {
  const [program = '', sub = ''] = words
  const name = posix.basename(program)
  const unknown = SETS_UP.has(name) ? runTimeExpansion(words, raw) : undefined
  if (unknown) {
    const command = shortened(raw.map(word => word.raw).join(' '))
    const why = `${unknown} is known only to the shell that runs the build: write the value out, or add what it makes to the /rootfs RUN of the generated Dockerfile`
    return { ...effects, unsupported: [...effects.unsupported, { command, line, why }] }
  }
  const operands = words.slice(1).filter(w => !w.startsWith('-'))
  if (['apk', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf'].includes(name)) {
    if (!['add', 'install'].includes(sub)) return effects
    const installed = operands.slice(1).map(pkg => ({ name: pkg.split('=')[0] as string, line }))
    return { ...effects, packages: [...effects.packages, ...installed] }
  }
  if (name === 'adduser' || name === 'useradd') {
    const user = { ...readUserCommand(name, words.slice(1)), line }
    return { ...effects, users: [...effects.users, user] }
  }
  if (name === 'addgroup' || name === 'groupadd') {
    const { options, positional } = readOptions(words.slice(1), ['-g', '--gid'])
    if (!positional[0]) return effects
    const group = { name: positional[0], gid: options.get('-g') ?? options.get('--gid') }
    return { ...effects, groups: [...effects.groups, group] }
  }
  if (name === 'mkdir') {
    const made = operands.map(path => ({ path: posix.resolve(workdir, path), line }))
    return { ...effects, directories: [...effects.directories, ...made] }
  }
  if (name === 'chown') {
    const [owner, ...paths] = operands
    return owner
      ? { ...effects, directories: chowned(effects.directories, owner, paths, workdir) }
      : effects
  }
  if (name === 'rm' || HOUSEKEEPING.has(name)) return effects
  const unsupported = { command: shortened(raw.map(word => word.raw).join(' ')), line }
  return { ...effects, unsupported: [...effects.unsupported, unsupported] }
}

/** The directories with those a chown names (the first made at each path) handed to `owner`. */
function chowned(
  directories: RunEffects['directories'],
  owner: string,
  paths: readonly string[],
  workdir: string
): RunEffects['directories'] {
  const targets = new Set(
    paths
      .map(path => directories.findIndex(d => d.path === posix.resolve(workdir, path)))
      .filter(index => index !== -1)
  )
  return directories.map((d, index) => (targets.has(index) ? { ...d, ownedBy: owner } : d))
}

/** BusyBox `adduser -u 10001 -D app`, Debian `adduser --uid 10001 app`, `useradd -u 10001 app`. */
function readUserCommand(program: string, args: string[]): Omit<CreatedUser, 'line'> {
  const valued =
    program === 'useradd'
      ? [
          '-u',
          '--uid',
          '-g',
          '--gid',
          '-G',
          '--groups',
          '-d',
          '--home-dir',
          '-s',
          '--shell',
          '-c',
          '--comment',
          '-k',
          '-K',
          '-e',
          '-f',
          '-p'
        ]
      : [
          '-u',
          '--uid',
          '-G',
          '--ingroup',
          '--gid',
          '-h',
          '--home',
          '-s',
          '--shell',
          '-g',
          '--gecos',
          '-k',
          '--firstuid',
          '--lastuid'
        ]
  const { options, positional } = readOptions(args, valued)
  const uid = options.get('-u') ?? options.get('--uid')
  // useradd -g and adduser -G/--ingroup/--gid name the primary group; BusyBox adduser's -g is
  // the GECOS field, not a group.
  const group =
    program === 'useradd'
      ? (options.get('-g') ?? options.get('--gid'))
      : (options.get('-G') ?? options.get('--ingroup') ?? options.get('--gid'))
  return { name: positional[0] ?? '', uid, group }
}

function readOptions(
  args: readonly string[],
  valued: readonly string[]
): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>()
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (!arg.startsWith('-')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    if (eq !== -1) options.set(arg.slice(0, eq), arg.slice(eq + 1))
    else if (valued.includes(arg)) options.set(arg, args[++i] ?? '')
    else options.set(arg, 'true')
  }
  return { options, positional }
}

/**
 * What a multi-stage original's final stage sets up with RUN that the scratch image leaves out:
 * packages (CA certificates and tzdata are replaced by files), and commands it cannot run.
 */
export function effectWarnings(effects: RunEffects): Finding[] {
  const handled = new Set(['ca-certificates', 'tzdata'])
  const byLine = new Map<number, string[]>()
  for (const pkg of effects.packages) {
    if (handled.has(pkg.name)) continue
    byLine.set(pkg.line, [...(byLine.get(pkg.line) ?? []), pkg.name])
  }
  return [
    ...[...byLine].map(([line, names]) => ({
      line,
      message: `not in the alternative: ${names.join(', ')} (scratch has no package manager)`
    })),
    ...notCarriedOver(effects.unsupported)
  ]
}

/** One warning per RUN line: the commands scratch cannot run, and each that was left out for its own reason. */
function notCarriedOver(unsupported: RunEffects['unsupported']): Finding[] {
  const byLine = new Map<number, RunEffects['unsupported']>()
  for (const entry of unsupported)
    byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry])
  return [...byLine].flatMap(([line, entries]) => {
    const plain = entries.filter(entry => entry.why === undefined).map(e => `"${e.command}"`)
    return [
      ...(plain.length > 0
        ? [
            {
              line,
              message: `not carried over: ${plain.join(', ')} (scratch has no shell to run ${plain.length > 1 ? 'them' : 'it'})`
            }
          ]
        : []),
      ...entries
        .filter(entry => entry.why !== undefined)
        .map(entry => ({ line, message: `not carried over: ${entry.command} — ${entry.why}` }))
    ]
  })
}
