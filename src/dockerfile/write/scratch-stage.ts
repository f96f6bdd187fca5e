import { posix } from 'node:path'
import type { Finding } from '../types.js'
import type { ShippedBinary } from '../find/binaries.js'
import type { CommandPlan } from '../find/commands.js'
import type { InPlaceSettings } from '../find/in-place.js'
import type { RuntimeNeeds, RuntimeUser } from '../find/runtime-needs.js'
import {
  copyOperands,
  flagsOf,
  instructionText,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'
import type { User } from '../read/user.js'
import { expandVariables } from '../read/variables.js'
import { formatExecForm, rewrittenCommand } from './exec-form.js'
import { inPlaceBody } from './in-place-stage.js'
import type { PlannedChange } from './planned-change.js'
import { octal, ROOTFS } from './rootfs.js'

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
  /** The USER the original runs as. */
  originalUser: User
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

/** Lines of the scratch stage, or of a part of it, with the changes and warnings they bring. */
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

/** The change that heads the list: the final stage itself, unless it was scratch already. */
export function fromScratchChange(finalStage: Stage, inPlace: boolean): PlannedChange[] {
  if (inPlace) {
    return [
      {
        summary: `final stage FROM scratch instead of ${finalStage.image}: the Go toolchain stays in the build stage`
      }
    ]
  }
  if (finalStage.image === 'scratch') return []
  return [
    {
      summary: `final stage FROM scratch instead of ${finalStage.image}: it holds only the binary and the files it needs`
    }
  ]
}

/** The `FROM scratch` stage of the alternative, with the changes it makes. */
export function scratchStage(input: ScratchStageInput): ScratchStage {
  const from = input.name ? `FROM scratch AS ${input.name}` : 'FROM scratch'
  const support = supportFiles(input)
  const body = input.inPlace ? inPlaceBody(input, input.inPlace) : transformedBody(input)
  const user = input.needs.user
  const userChanges = user ? [{ summary: user.summary, gap: user.gap }] : []
  const entrypoint = input.commands.missingCommand ? addedEntrypoint(input) : undefined
  return {
    lines: [from, ...support.lines, ...withUser(input, body.lines), ...(entrypoint?.lines ?? [])],
    changes: [...support.changes, ...body.changes, ...userChanges, ...(entrypoint?.changes ?? [])],
    warnings: [...support.warnings, ...body.warnings, ...(entrypoint?.warnings ?? [])]
  }
}

function supportFiles(input: ScratchStageInput): ScratchStage {
  const from = `COPY --from=${input.toolchainStage}`
  const lines: string[] = []
  const changes: PlannedChange[] = []
  const warnings: Finding[] = []
  const { caBundle, zoneinfo, directories } = input.needs
  if (caBundle) {
    const bundle = '/etc/ssl/certs/ca-certificates.crt'
    lines.push(`${from} ${bundle} ${bundle}`)
    changes.push({
      summary: `CA bundle copied: ${caBundle}`,
      gap: `no CA bundle, though ${caBundle}: COPY --from=build ${bundle} ${bundle}`
    })
  }
  if (zoneinfo) {
    lines.push(
      `${from} /usr/local/go/lib/time/zoneinfo.zip /zoneinfo.zip`,
      'ENV ZONEINFO=/zoneinfo.zip'
    )
    changes.push({
      summary: `time zone database copied from the Go toolchain (ZONEINFO=/zoneinfo.zip): ${zoneinfo}`,
      gap: `no time zone database, though ${zoneinfo}: copy one in or import _ "time/tzdata"`
    })
    if (!input.buildHasGoRoot) {
      warnings.push({
        line: input.fromLine,
        message:
          'the build stage is not an official golang image: check that Go lives at /usr/local/go, or import _ "time/tzdata" instead'
      })
    }
  }
  if (input.hasRootfs) lines.push(`${from} ${ROOTFS}/ /`)
  for (const directory of directories) {
    changes.push({
      summary: `${directory.path} created (owner ${directory.uid}:${directory.gid}, mode ${octal(directory.mode)}): ${directory.reasons.join('; ')}`,
      gap: directory.gap
    })
  }
  return { lines, changes, warnings }
}

/** Multi-stage original: its final stage, line by line, minus what needs a shell. */
function transformedBody(input: ScratchStageInput): ScratchStage {
  const lines: string[] = []
  const changes: PlannedChange[] = []
  const warnings: Finding[] = []
  const user = input.needs.user
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
        warnings.push({
          line: instruction.startLine + 1,
          message: 'SHELL left out: a scratch image has no shell'
        })
        break
      case 'USER':
        lines.push(user ? userLine(user) : text)
        break
      case 'COPY':
      case 'ADD': {
        const binary = input.binaries.find(b => b.copy === instruction)
        const copy = binary ? binaryCopy(binary, instruction) : undefined
        lines.push(copy?.line ?? text)
        if (copy) changes.push(copy.change)
        break
      }
      default:
        lines.push(text)
    }
  }
  return { lines, changes, warnings }
}

/**
 * COPY of the binary with its destination spelled out as an absolute file path; undefined when
 * the original line says that already (or copies a directory).
 */
function binaryCopy(
  binary: ShippedBinary,
  copy: StageInstruction
): { line: string; change: PlannedChange } | undefined {
  // A hidden build's COPY is repeated as written: its globs pick what the build made.
  if (!binary.build) return undefined
  // The source stays as written, variables and all; only the destination is compared.
  const operands = copyOperands(copy.node)
  const [source, destination] = operands
  const written =
    destination && posix.resolve(copy.workdir, expandVariables(destination, copy.variables))
  if (operands.length !== 2 || written === binary.target || binary.isDirectory) return undefined
  const flags = flagsOf(copy.node).map(flag => flag.toString())
  return {
    line: [copy.keyword, ...flags, source, binary.target].join(' '),
    change: { summary: `binary copied to the absolute path ${binary.target}`, gap: null }
  }
}

function userLine(user: RuntimeUser): string {
  return `USER ${user.uid}:${user.gid}`
}

/** USER in place of the original's, or just before the command when the original had none. */
function withUser(input: ScratchStageInput, body: string[]): string[] {
  const user = input.needs.user
  if (!user) return body
  if (!input.inPlace && input.originalUser.setBy) return body
  const lines = body.filter(line => !/^USER\b/.test(line))
  const at = lines.findIndex(line => /^(HEALTHCHECK|ENTRYPOINT|CMD)\b/.test(line))
  lines.splice(at === -1 ? lines.length : at, 0, userLine(user))
  return lines
}

/** Scratch has no default command; run the one binary rather than nothing. */
function addedEntrypoint(input: ScratchStageInput): ScratchStage {
  const binaries = input.binaries.filter(b => !b.isDirectory)
  if (binaries.length !== 1) {
    return {
      lines: [],
      changes: [],
      warnings: [
        {
          line: input.fromLine,
          message: 'the original sets no ENTRYPOINT or CMD: add one to the alternative'
        }
      ]
    }
  }
  const target = (binaries[0] as ShippedBinary).target
  return {
    lines: [`ENTRYPOINT ${formatExecForm([target])}`],
    changes: [
      {
        summary: `ENTRYPOINT ["${target}"] added: the original set no command, and scratch has no default`
      }
    ],
    warnings: []
  }
}
