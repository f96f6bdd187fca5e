import { posix } from 'node:path'
import type { Finding } from '../types.js'
import type { ShippedBinary } from './binaries.js'
import { readCommandLine, runsShell, type CommandLine } from '../read/command-line.js'
import type { CommandInstruction, ImageCommand } from '../read/image-command.js'
import { argumentsOf, lastInstruction, type StageInstruction } from '../read/parse.js'
import { tokenizeShell } from '../read/shell-words.js'

/** A reason scratch cannot run the image, with the base that can. */
export interface Blocker extends Finding {
  nearest: string
}

export const BUSYBOX = 'busybox'
export const DISTROLESS_STATIC = 'gcr.io/distroless/static-debian12'

/** How the final stage's CMD, ENTRYPOINT and HEALTHCHECK read in the scratch image. */
export interface CommandPlan {
  /** The exec-form argv an instruction runs instead, or null to leave it out. Absent: keep it. */
  rewrites: Map<StageInstruction, string[] | null>
  blockers: Blocker[]
  changes: string[]
  /** True when the original sets neither ENTRYPOINT nor CMD. */
  missingCommand: boolean
}

/** What one instruction becomes: rewritten (or left out), or why it cannot run in scratch. */
interface Conversion {
  instruction: StageInstruction
  argv?: string[] | null
  blocker?: Blocker
  change?: string
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** Rewrites the run-time commands to exec form with absolute paths, or says why it cannot. */
export function planCommands(
  instructions: readonly StageInstruction[],
  command: ImageCommand,
  binaries: readonly ShippedBinary[],
  escape: string
): CommandPlan {
  const { entrypoint, cmd } = command
  // `ENTRYPOINT []` clears the base image's entrypoint: the CMD is then the program.
  const hasEntrypoint =
    entrypoint && !(entrypoint.line.form === 'exec' && entrypoint.line.argv.length === 0)
  const healthcheck = lastInstruction(instructions, 'HEALTHCHECK')
  const conversions = [
    ...overridden(instructions),
    ...(hasEntrypoint ? [convertProgram(entrypoint, binaries)] : []),
    ...(hasEntrypoint && cmd ? [convertArguments(cmd, entrypoint.line)] : []),
    ...(!hasEntrypoint && cmd ? [convertProgram(cmd, binaries)] : []),
    ...(healthcheck ? [convertHealthcheck(healthcheck, binaries, escape)] : [])
  ].filter((c): c is Conversion => c !== undefined)
  return {
    rewrites: new Map(
      conversions.flatMap(c => (c.argv === undefined ? [] : [[c.instruction, c.argv] as const]))
    ),
    blockers: conversions.flatMap(c => (c.blocker ? [c.blocker] : [])),
    changes: conversions.flatMap(c => (c.change ? [c.change] : [])),
    missingCommand: !hasEntrypoint && !cmd
  }
}

/** Only the last ENTRYPOINT, CMD and HEALTHCHECK take effect; the others are left out. */
function overridden(instructions: readonly StageInstruction[]): Conversion[] {
  return ['ENTRYPOINT', 'CMD', 'HEALTHCHECK'].flatMap(keyword => {
    const final = lastInstruction(instructions, keyword)
    return instructions
      .filter(i => i.keyword === keyword && i !== final)
      .map(instruction => ({ instruction, argv: null }))
  })
}

/** The ENTRYPOINT (or CMD without one): the program must be one of the shipped binaries. */
function convertProgram(
  { instruction, line }: CommandInstruction,
  binaries: readonly ShippedBinary[]
): Conversion {
  const keyword = instruction.keyword
  const usable = usableArgv(instruction, line, keyword)
  if ('blocker' in usable) return { instruction, blocker: usable.blocker }
  const argv = usable.argv
  const program = resolveProgram(argv[0] as string, instruction, binaries)
  if (!program) {
    return { instruction, blocker: missingProgram(instruction, keyword, argv[0] as string) }
  }
  const rewritten = { instruction, argv: [program, ...argv.slice(1)] }
  if (line.form === 'shell') {
    return {
      ...rewritten,
      change: `${keyword} in exec form: scratch has no /bin/sh to run "${line.text}"`
    }
  }
  if (program !== argv[0]) {
    return {
      ...rewritten,
      change: `${keyword} runs ${program} instead of "${argv[0]}": an absolute path needs no PATH or WORKDIR`
    }
  }
  return rewritten
}

/** CMD after an ENTRYPOINT holds arguments: only shell form needs converting. */
function convertArguments(
  { instruction, line }: CommandInstruction,
  entrypoint: CommandLine
): Conversion | undefined {
  if (entrypoint.form === 'shell') {
    return {
      instruction,
      argv: null,
      change: 'CMD left out: the original shell-form ENTRYPOINT ignored it'
    }
  }
  if (line.form === 'exec') return undefined
  const usable = usableArgv(instruction, line, 'CMD')
  if ('blocker' in usable) return { instruction, blocker: usable.blocker }
  return {
    instruction,
    argv: usable.argv,
    change: `CMD in exec form: scratch has no /bin/sh to run "${line.text}"`
  }
}

function usableArgv(
  instruction: StageInstruction,
  line: CommandLine,
  keyword: string
): { argv: string[] } | { blocker: Blocker } {
  const argv = line.argv
  if (line.form === 'shell' && !argv) {
    return {
      blocker: {
        line: instruction.startLine + 1,
        message: `${keyword} needs a shell (${line.shellReason}), and scratch has none: write it in exec form, e.g. ${keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword} ["/app/server", "--flag"], and read settings from the environment in the program`,
        nearest: BUSYBOX
      }
    }
  }
  if (argv && runsShell(argv)) {
    return {
      blocker: {
        line: instruction.startLine + 1,
        message: `${keyword} runs ${argv[0]}, and scratch has no shell: run the binary directly in exec form`,
        nearest: BUSYBOX
      }
    }
  }
  return { argv: argv as string[] }
}

function convertHealthcheck(
  healthcheck: StageInstruction,
  binaries: readonly ShippedBinary[],
  escape: string
): Conversion | undefined {
  const content = argumentsOf(healthcheck).trim()
  if (!/^CMD\b/i.test(content)) return undefined
  const line = readCommandLine(content.slice(3), escape)
  // Name the missing tool (curl, wget) before any shell syntax around it: that is the fix to make.
  const program = line.form === 'exec' ? line.argv[0] : firstWord(line.text, escape)
  if (program && !runsShell([program]) && !resolveProgram(program, healthcheck, binaries)) {
    return { instruction: healthcheck, blocker: missingTool(healthcheck, program) }
  }
  const usable = usableArgv(healthcheck, line, 'HEALTHCHECK')
  if ('blocker' in usable) return { instruction: healthcheck, blocker: usable.blocker }
  const argv = usable.argv
  const resolved = resolveProgram(argv[0] as string, healthcheck, binaries) as string
  const rewritten = { instruction: healthcheck, argv: [resolved, ...argv.slice(1)] }
  if (line.form === 'shell' || resolved !== argv[0]) {
    return {
      ...rewritten,
      change: `HEALTHCHECK in exec form with ${resolved}: scratch has no shell`
    }
  }
  return rewritten
}

function firstWord(text: string, escape: string): string | undefined {
  const first = tokenizeShell(text, escape)[0]
  return first?.kind === 'word' ? first.value : undefined
}

function missingTool(healthcheck: StageInstruction, program: string): Blocker {
  const tool = posix.basename(program)
  const busybox = tool === 'curl' ? ' (or keep a busybox base and use wget -q -O /dev/null)' : ''
  return {
    line: healthcheck.startLine + 1,
    message: `HEALTHCHECK runs ${tool}, which a scratch image does not have: give the binary a health-check mode and use HEALTHCHECK CMD ["/path/to/binary", "-healthcheck"]${busybox}`,
    nearest: BUSYBOX
  }
}

/** Where the container would find `program`: a path, or a name looked up on PATH. */
function resolveProgram(
  program: string,
  instruction: StageInstruction,
  binaries: readonly ShippedBinary[]
): string | undefined {
  const ships = (path: string): boolean =>
    binaries.some(b => b.target === path || (b.isDirectory && path.startsWith(`${b.target}/`)))
  if (program.includes('/')) {
    const path = posix.resolve(instruction.workdir, program)
    return ships(path) ? path : undefined
  }
  const dirs = (instruction.variables.get('PATH') ?? DEFAULT_PATH).split(':')
  return dirs.map(dir => posix.join(dir, program)).find(ships)
}

function missingProgram(instruction: StageInstruction, keyword: string, program: string): Blocker {
  const line = instruction.startLine + 1
  if (program.endsWith('.sh')) {
    return {
      line,
      message: `${keyword} runs the script ${program}, and scratch has no shell: move what it does into the Go program or the Dockerfile`,
      nearest: BUSYBOX
    }
  }
  return {
    line,
    message: `${keyword} runs ${program}, which is not a Go binary this Dockerfile builds: a scratch image holds only that binary`,
    nearest: DISTROLESS_STATIC
  }
}
