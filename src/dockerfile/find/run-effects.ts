import { posix } from 'node:path'
import type { ParsedDockerfile, StageInstruction } from '../read/parse.js'
import { simpleCommands, tokenizeShell, type ShellWord } from '../read/shell-words.js'
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
  /** Commands that have no scratch equivalent, with their line. */
  unsupported: { command: string; line: number }[]
}

const HOUSEKEEPING = new Set(['true', ':', 'update-ca-certificates', 'chmod'])

/** Reads the RUN instructions of one stage for what they leave behind at run time. */
export function runEffects(
  parsed: ParsedDockerfile,
  instructions: readonly StageInstruction[]
): RunEffects {
  const effects: RunEffects = {
    packages: [],
    users: [],
    groups: [],
    directories: [],
    unsupported: []
  }
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') continue
    const line = instruction.startLine + 1
    const text = instruction.node.getArgumentsContent() ?? ''
    for (const command of simpleCommands(tokenizeShell(text, parsed.escape))) {
      const words = command.words.map(word => expandVariables(word.value, instruction.variables))
      readCommand(words, command.words, line, instruction.workdir, effects)
    }
  }
  return effects
}

function readCommand(
  words: string[],
  raw: readonly ShellWord[],
  line: number,
  workdir: string,
  effects: RunEffects
): void {
  const [program = '', sub = ''] = words
  const name = posix.basename(program)
  if (['apk', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf'].includes(name)) {
    if (['add', 'install'].includes(sub)) {
      for (const pkg of words.slice(2).filter(w => !w.startsWith('-'))) {
        effects.packages.push({ name: pkg.split('=')[0] as string, line })
      }
    }
    return
  }
  if (name === 'adduser' || name === 'useradd') {
    effects.users.push({ ...readUserCommand(name, words.slice(1)), line })
    return
  }
  if (name === 'addgroup' || name === 'groupadd') {
    const { options, positional } = readOptions(words.slice(1), ['-g', '--gid'])
    if (positional[0])
      effects.groups.push({ name: positional[0], gid: options.get('-g') ?? options.get('--gid') })
    return
  }
  if (name === 'mkdir') {
    for (const path of words.slice(1).filter(w => !w.startsWith('-'))) {
      effects.directories.push({ path: posix.resolve(workdir, path), line })
    }
    return
  }
  if (name === 'chown') {
    const [owner, ...paths] = words.slice(1).filter(w => !w.startsWith('-'))
    for (const path of paths) {
      const directory = effects.directories.find(d => d.path === posix.resolve(workdir, path))
      if (directory && owner) directory.ownedBy = owner
    }
    return
  }
  if (name === 'rm' || HOUSEKEEPING.has(name)) return
  effects.unsupported.push({ command: raw.map(word => word.raw).join(' '), line })
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
