import { posix } from 'node:path'
import type { Arg, Env } from 'dockerfile-ast'
import type { Finding } from '../types.js'
import type { ShippedBinary } from '../find/binaries.js'
import type { CommandPlan } from '../find/commands.js'
import { formatExecForm, rewrittenCommand } from './exec-form.js'
import {
  argDeclarations,
  copyOperands,
  flagsOf,
  instructionText,
  type ParsedDockerfile,
  type StageInstruction
} from '../read/parse.js'
import type { PlannedChange } from './planned-change.js'
import { ROOTFS } from './rootfs.js'
import type { RuntimeNeeds } from '../find/runtime-needs.js'
import { expandVariables, referencedVariables } from '../read/variables.js'

export interface ScratchStageInput {
  parsed: ParsedDockerfile
  /** The `AS name` of the original final stage, kept so `target` still finds it. */
  name?: string
  /** How COPY --from names the stage a single-stage original's binary and files are in. */
  copyStage: string
  /** How COPY --from names the stage that ran the go build (CA bundle, zoneinfo, rootfs). */
  toolchainStage: string
  /** The build stage is an official golang image (Go at /usr/local/go). */
  buildHasGoRoot: boolean
  /** 1-based line of the original final stage's FROM, for findings about the stage as a whole. */
  fromLine: number
  needs: RuntimeNeeds
  hasRootfs: boolean
  binaries: readonly ShippedBinary[]
  commands: CommandPlan
  /** The instructions of the original final stage (and the stages it builds on). */
  runtime: readonly StageInstruction[]
  /**
   * Single-stage original: the final stage is also the build stage, so the scratch stage is
   * assembled from its run-time settings instead of transformed line by line.
   */
  inPlace?: InPlaceSettings
}

/** What a single-stage original's scratch stage is assembled from. */
export interface InPlaceSettings {
  workdir: string
  setsWorkdir: boolean
  /** Paths relative to `workdir` the program opens, copied from the build stage. */
  runtimeFiles: readonly string[]
  /** COPY and ADD lines after the last go build, repeated as written. */
  addedAfterBuild: readonly AddedFile[]
}

/** A COPY or ADD of files the image ships, and where they land. */
export interface AddedFile {
  instruction: StageInstruction
  paths: string[]
}

export interface ScratchStage {
  lines: string[]
  changes: PlannedChange[]
  warnings: Finding[]
}

/** Settings that only matter when the image runs, moved out of a single-stage build. */
export const RUNTIME_KEYWORDS = new Set([
  'CMD',
  'ENTRYPOINT',
  'EXPOSE',
  'HEALTHCHECK',
  'STOPSIGNAL',
  'VOLUME',
  'LABEL',
  'MAINTAINER'
])

/** The `FROM scratch` stage of the alternative, with the changes it makes. */
export function scratchStage(input: ScratchStageInput): ScratchStage {
  const out: ScratchStage = { lines: [], changes: [], warnings: [] }
  out.lines.push(input.name ? `FROM scratch AS ${input.name}` : 'FROM scratch')
  out.lines.push(...supportFiles(input, out))
  const body = input.inPlace ? inPlaceBody(input, out) : transformedBody(input, out)
  out.lines.push(...withUser(input, body, out))
  if (input.commands.missingCommand) addEntrypoint(input, out)
  return out
}

function supportFiles(input: ScratchStageInput, out: ScratchStage): string[] {
  const from = `COPY --from=${input.toolchainStage}`
  const lines: string[] = []
  const { caBundle, zoneinfo, tmp, directories } = input.needs
  if (caBundle) {
    const bundle = '/etc/ssl/certs/ca-certificates.crt'
    lines.push(`${from} ${bundle} ${bundle}`)
    out.changes.push({
      summary: `CA bundle copied: ${caBundle}`,
      gap: `no CA bundle, though ${caBundle}: COPY --from=build ${bundle} ${bundle}`
    })
  }
  if (zoneinfo) {
    lines.push(
      `${from} /usr/local/go/lib/time/zoneinfo.zip /zoneinfo.zip`,
      'ENV ZONEINFO=/zoneinfo.zip'
    )
    out.changes.push({
      summary: `time zone database copied from the Go toolchain (ZONEINFO=/zoneinfo.zip): ${zoneinfo}`,
      gap: `no time zone database, though ${zoneinfo}: copy one in or import _ "time/tzdata"`
    })
    if (!input.buildHasGoRoot) {
      out.warnings.push({
        line: input.fromLine,
        message:
          'the build stage is not an official golang image: check that Go lives at /usr/local/go, or import _ "time/tzdata" instead'
      })
    }
  }
  if (input.hasRootfs) lines.push(`${from} ${ROOTFS}/ /`)
  if (tmp) {
    out.changes.push({
      summary: `/tmp created (mode 1777): ${tmp}`,
      gap: `no /tmp, though ${tmp}`
    })
  }
  for (const directory of directories) {
    out.changes.push({
      summary: `${directory.path} created${directory.owned ? ' and owned by the run-time user' : ''}: the original made it with mkdir`
    })
  }
  return lines
}

/** Multi-stage original: its final stage, line by line, minus what needs a shell. */
function transformedBody(input: ScratchStageInput, out: ScratchStage): string[] {
  const lines: string[] = []
  for (const instruction of input.runtime) {
    const replacement = rewrittenCommand(input.commands, instruction)
    if (replacement === null) continue
    if (replacement !== undefined) {
      lines.push(replacement)
      continue
    }
    const text = instructionText(input.parsed, instruction).trim()
    switch (instruction.keyword) {
      case 'RUN':
        break
      case 'SHELL':
        out.warnings.push({
          line: instruction.startLine + 1,
          message: 'SHELL left out: a scratch image has no shell'
        })
        break
      case 'USER':
        lines.push(input.needs.user ? userLine(input) : text)
        break
      case 'COPY':
      case 'ADD': {
        const binary = input.binaries.find(b => b.copy === instruction)
        lines.push(binary ? binaryCopy(input, binary, instruction, text, out) : text)
        break
      }
      default:
        lines.push(text)
    }
  }
  return lines
}

/** COPY of the binary with its destination spelled out as an absolute file path. */
function binaryCopy(
  input: ScratchStageInput,
  binary: ShippedBinary,
  copy: StageInstruction,
  text: string,
  out: ScratchStage
): string {
  const operands = copyOperands(copy.node)
  const written =
    operands[1] && posix.resolve(copy.workdir, expandVariables(operands[1], copy.variables))
  if (operands.length !== 2 || written === binary.target || binary.isDirectory) return text
  const flags = flagsOf(copy.node).map(flag => flag.toString())
  out.changes.push({ summary: `binary copied to the absolute path ${binary.target}`, gap: null })
  return [copy.keyword, ...flags, operands[0], binary.target].join(' ')
}

/** Single-stage original: carry its run-time settings over, in a fixed readable order. */
function inPlaceBody(input: ScratchStageInput, out: ScratchStage): string[] {
  const inPlace = input.inPlace as InPlaceSettings
  const runtime = input.runtime
  const pick = (keywords: string[]): StageInstruction[] =>
    runtime.filter(i => keywords.includes(i.keyword))
  const text = (i: StageInstruction): string => {
    const replacement = rewrittenCommand(input.commands, i)
    return replacement === undefined ? instructionText(input.parsed, i).trim() : (replacement ?? '')
  }

  const envLines = pick(['ENV'])
    .map(env => runtimeEnv(input.parsed, env))
    .filter(Boolean)
  const labels = pick(['LABEL', 'MAINTAINER']).map(text)
  const used = new Set([...envLines, ...labels].flatMap(referencedVariables))
  const args = pick(['ARG'])
    .filter(arg => argDeclarations(arg.node as Arg).some(([name]) => used.has(name)))
    .map(text)

  const lines = [...args, ...labels, ...(envLines as string[])]
  const { runtimeFiles, addedAfterBuild } = inPlace
  if (inPlace.setsWorkdir || runtimeFiles.length > 0 || addedAfterBuild.length > 0)
    lines.push(`WORKDIR ${inPlace.workdir}`)
  for (const file of runtimeFiles) {
    const path = posix.join(inPlace.workdir, file)
    lines.push(`COPY --from=${input.copyStage} ${path} ${path}`)
  }
  if (runtimeFiles.length > 0) {
    out.changes.push({
      summary: `run-time files copied: ${runtimeFiles.join(', ')} (the program opens them by relative path)`
    })
  }
  for (const binary of input.binaries) {
    const source = binary.isDirectory ? `${binary.source}/` : binary.source
    lines.push(`COPY --from=${input.copyStage} ${source} ${source}`)
  }
  lines.push(...carriedCopies(input.parsed, inPlace, out))
  lines.push(...pick(['EXPOSE', 'VOLUME', 'STOPSIGNAL']).map(text))
  lines.push(...pick(['HEALTHCHECK', 'ENTRYPOINT', 'CMD']).map(text).filter(Boolean))
  return lines
}

/** An ENV line without the Go toolchain's settings, which mean nothing to the built binary. */
function runtimeEnv(parsed: ParsedDockerfile, env: StageInstruction): string {
  const kept = (env.node as Env)
    .getProperties()
    .filter(p => !/^(GO|CGO_)/.test(p.getName()) && p.getName() !== 'PATH')
    .map(p => {
      const { start, end } = p.getRange()
      const span = parsed.lines.slice(start.line, end.line + 1)
      span[span.length - 1] = (span[span.length - 1] ?? '').slice(0, end.character)
      span[0] = (span[0] ?? '').slice(start.character)
      return span.join('\n')
    })
  return kept.length > 0 ? `ENV ${kept.join(' ')}` : ''
}

function userLine(input: ScratchStageInput): string {
  const user = input.needs.user
  return user ? `USER ${user.uid}:${user.gid}` : ''
}

/** USER in place of the original's, or just before the command when the original had none. */
function withUser(input: ScratchStageInput, body: string[], out: ScratchStage): string[] {
  const user = input.needs.user
  if (!user) return body
  out.changes.push({ summary: user.summary, gap: user.gap })
  if (!input.inPlace && input.runtime.some(i => i.keyword === 'USER')) return body
  const lines = body.filter(line => !/^USER\b/.test(line))
  const at = lines.findIndex(line => /^(HEALTHCHECK|ENTRYPOINT|CMD)\b/.test(line))
  lines.splice(at === -1 ? lines.length : at, 0, userLine(input))
  return lines
}

/** Scratch has no default command; run the one binary rather than nothing. */
function addEntrypoint(input: ScratchStageInput, out: ScratchStage): void {
  const binaries = input.binaries.filter(b => !b.isDirectory)
  if (binaries.length !== 1) {
    out.warnings.push({
      line: input.fromLine,
      message: 'the original sets no ENTRYPOINT or CMD: add one to the alternative'
    })
    return
  }
  const target = (binaries[0] as ShippedBinary).target
  out.lines.push(`ENTRYPOINT ${formatExecForm([target])}`)
  out.changes.push({
    summary: `ENTRYPOINT ["${target}"] added: the original set no command, and scratch has no default`
  })
}

/** Those lines again, as they were: from the same build context, in the same WORKDIR. */
function carriedCopies(
  parsed: ParsedDockerfile,
  inPlace: InPlaceSettings,
  out: ScratchStage
): string[] {
  const added = inPlace.addedAfterBuild
  const lines: string[] = []
  let workdir = inPlace.workdir
  for (const { instruction } of added) {
    if (instruction.workdir !== workdir) lines.push(`WORKDIR ${(workdir = instruction.workdir)}`)
    lines.push(instructionText(parsed, instruction).trim())
  }
  if (workdir !== inPlace.workdir) lines.push(`WORKDIR ${inPlace.workdir}`)
  if (added.length > 0) {
    const lineNumbers = added.map(({ instruction }) => instruction.startLine + 1)
    const where = `line${lineNumbers.length > 1 ? 's' : ''} ${lineNumbers.join(', ')}`
    const paths = added.flatMap(copy => copy.paths).join(', ')
    out.changes.push({
      summary: `files added after the build copied in as the original did (${where}): ${paths}`
    })
  }
  return lines
}
