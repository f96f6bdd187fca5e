import { posix } from 'node:path'
import type { Finding } from '../types.js'
import type { ShippedBinary } from './binaries.js'
import type { StageInstruction } from '../read/parse.js'
import { readCommandLine, runsShell, type CommandLine } from '../read/command-line.js'
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

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** Rewrites the run-time commands to exec form with absolute paths, or says why it cannot. */
export function planCommands(
  instructions: readonly StageInstruction[],
  binaries: readonly ShippedBinary[],
  escape: string
): CommandPlan {
  const plan: CommandPlan = {
    rewrites: new Map(),
    blockers: [],
    changes: [],
    missingCommand: false
  }
  const last = (keyword: string): StageInstruction | undefined =>
    instructions.filter(i => i.keyword === keyword).at(-1)
  for (const keyword of ['ENTRYPOINT', 'CMD', 'HEALTHCHECK']) {
    const final = last(keyword)
    for (const i of instructions)
      if (i.keyword === keyword && i !== final) plan.rewrites.set(i, null)
  }

  const entrypoint = last('ENTRYPOINT')
  const cmd = last('CMD')
  const entryLine = entrypoint && readCommandLine(argumentsOf(entrypoint), escape)
  const hasEntrypoint =
    entryLine !== undefined && !(entryLine.form === 'exec' && entryLine.argv.length === 0)
  if (entrypoint && entryLine && hasEntrypoint) {
    convertProgram(plan, entrypoint, entryLine, binaries, 'ENTRYPOINT')
    if (cmd && entryLine.form === 'shell') {
      plan.rewrites.set(cmd, null)
      plan.changes.push('CMD left out: the original shell-form ENTRYPOINT ignored it')
    } else if (cmd) convertArguments(plan, cmd, escape)
  } else if (cmd) {
    convertProgram(plan, cmd, readCommandLine(argumentsOf(cmd), escape), binaries, 'CMD')
  } else plan.missingCommand = true

  const healthcheck = last('HEALTHCHECK')
  if (healthcheck) convertHealthcheck(plan, healthcheck, binaries, escape)
  return plan
}

function argumentsOf(instruction: StageInstruction): string {
  return instruction.node.getArgumentsContent() ?? ''
}

/** The ENTRYPOINT (or CMD without one): the program must be one of the shipped binaries. */
function convertProgram(
  plan: CommandPlan,
  instruction: StageInstruction,
  line: CommandLine,
  binaries: readonly ShippedBinary[],
  keyword: string
): void {
  const argv = usableArgv(plan, instruction, line, keyword)
  if (!argv) return
  const program = resolveProgram(argv[0] as string, instruction, binaries)
  if (!program) {
    plan.blockers.push(missingProgram(instruction, keyword, argv[0] as string))
    return
  }
  plan.rewrites.set(instruction, [program, ...argv.slice(1)])
  if (line.form === 'shell') {
    plan.changes.push(`${keyword} in exec form: scratch has no /bin/sh to run "${line.text}"`)
  } else if (program !== argv[0]) {
    plan.changes.push(
      `${keyword} runs ${program} instead of "${argv[0]}": an absolute path needs no PATH or WORKDIR`
    )
  }
}

/** CMD after an ENTRYPOINT holds arguments: only shell form needs converting. */
function convertArguments(plan: CommandPlan, cmd: StageInstruction, escape: string): void {
  const line = readCommandLine(argumentsOf(cmd), escape)
  if (line.form === 'exec') return
  const argv = usableArgv(plan, cmd, line, 'CMD')
  if (!argv) return
  plan.rewrites.set(cmd, argv)
  plan.changes.push(`CMD in exec form: scratch has no /bin/sh to run "${line.text}"`)
}

function usableArgv(
  plan: CommandPlan,
  instruction: StageInstruction,
  line: CommandLine,
  keyword: string
): string[] | undefined {
  const argv = line.argv
  if (line.form === 'shell' && !argv) {
    plan.blockers.push({
      line: instruction.startLine + 1,
      message: `${keyword} needs a shell (${line.shellReason}), and scratch has none: write it in exec form, e.g. ${keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword} ["/app/server", "--flag"], and read settings from the environment in the program`,
      nearest: BUSYBOX
    })
    return undefined
  }
  if (argv && runsShell(argv)) {
    plan.blockers.push({
      line: instruction.startLine + 1,
      message: `${keyword} runs ${argv[0]}, and scratch has no shell: run the binary directly in exec form`,
      nearest: BUSYBOX
    })
    return undefined
  }
  return argv
}

function convertHealthcheck(
  plan: CommandPlan,
  healthcheck: StageInstruction,
  binaries: readonly ShippedBinary[],
  escape: string
): void {
  const content = argumentsOf(healthcheck).trim()
  if (!/^CMD\b/i.test(content)) return
  const line = readCommandLine(content.slice(3), escape)
  // Name the missing tool (curl, wget) before any shell syntax around it: that is the fix to make.
  const program = line.form === 'exec' ? line.argv[0] : firstWord(line.text, escape)
  if (program && !runsShell([program]) && !resolveProgram(program, healthcheck, binaries)) {
    plan.blockers.push(missingTool(healthcheck, program))
    return
  }
  const argv = usableArgv(plan, healthcheck, line, 'HEALTHCHECK')
  if (!argv) return
  const resolved = resolveProgram(argv[0] as string, healthcheck, binaries) as string
  plan.rewrites.set(healthcheck, [resolved, ...argv.slice(1)])
  if (line.form === 'shell' || resolved !== argv[0]) {
    plan.changes.push(`HEALTHCHECK in exec form with ${resolved}: scratch has no shell`)
  }
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
