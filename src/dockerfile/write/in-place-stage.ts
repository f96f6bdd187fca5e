import { posix } from 'node:path'
import type { Arg, Env } from 'dockerfile-ast'
import type { InPlaceSettings } from '../find/in-place.js'
import {
  argDeclarations,
  instructionText,
  type ParsedDockerfile,
  type StageInstruction
} from '../read/parse.js'
import { referencedVariables } from '../read/variables.js'
import { rewrittenCommand } from './exec-form.js'
import type { PlannedChange } from './planned-change.js'
import type { ScratchStage, ScratchStageInput } from './scratch-stage.js'

/** Single-stage original: carry its run-time settings over, in a fixed readable order. */
export function inPlaceBody(input: ScratchStageInput, inPlace: InPlaceSettings): ScratchStage {
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

  const lines = [...args, ...labels, ...envLines]
  const { runtimeFiles, addedAfterBuild } = inPlace
  if (inPlace.setsWorkdir || runtimeFiles.length > 0 || addedAfterBuild.length > 0)
    lines.push(`WORKDIR ${inPlace.workdir}`)
  for (const file of runtimeFiles) {
    const path = posix.join(inPlace.workdir, file)
    lines.push(`COPY --from=${input.copyStage} ${path} ${path}`)
  }
  const changes: PlannedChange[] = []
  if (runtimeFiles.length > 0) {
    changes.push({
      summary: `run-time files copied: ${runtimeFiles.join(', ')} (the program opens them by relative path)`
    })
  }
  for (const binary of input.binaries) {
    const source = binary.isDirectory ? `${binary.source}/` : binary.source
    lines.push(`COPY --from=${input.copyStage} ${source} ${source}`)
  }
  const carried = carriedCopies(input.parsed, inPlace)
  lines.push(...carried.lines)
  changes.push(...carried.changes)
  lines.push(...pick(['EXPOSE', 'VOLUME', 'STOPSIGNAL']).map(text))
  lines.push(...pick(['HEALTHCHECK', 'ENTRYPOINT', 'CMD']).map(text).filter(Boolean))
  return { lines, changes, warnings: [] }
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

/** Those lines again, as they were: from the same build context, in the same WORKDIR. */
function carriedCopies(
  parsed: ParsedDockerfile,
  inPlace: InPlaceSettings
): { lines: string[]; changes: PlannedChange[] } {
  const added = inPlace.addedAfterBuild
  const lines: string[] = []
  let workdir = inPlace.workdir
  for (const { instruction } of added) {
    if (instruction.workdir !== workdir) lines.push(`WORKDIR ${(workdir = instruction.workdir)}`)
    lines.push(instructionText(parsed, instruction).trim())
  }
  if (workdir !== inPlace.workdir) lines.push(`WORKDIR ${inPlace.workdir}`)
  if (added.length === 0) return { lines, changes: [] }
  const lineNumbers = added.map(({ instruction }) => instruction.startLine + 1)
  const where = `line${lineNumbers.length > 1 ? 's' : ''} ${lineNumbers.join(', ')}`
  const paths = added.flatMap(copy => copy.paths).join(', ')
  return {
    lines,
    changes: [
      { summary: `files added after the build copied in as the original did (${where}): ${paths}` }
    ]
  }
}
