import type { Finding } from '../types.js'
import { formatExecForm, shellAsExecForm } from './exec-form.js'
import { goBuildCacheMount, withMount } from './go-build-cache.js'
import type { GoBuild } from '../find/go-build.js'
import {
  instructionText,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'
import { buildsOn } from '../read/stages.js'
import { readUser } from '../read/user.js'
import type { PlannedChange } from './planned-change.js'
import type { LineEdit, LineInsert } from './render.js'
import type { LinkMode } from '../find/link-mode.js'
import { rewriteGoBuilds, type BuildRewriteNotes } from './rewrite-build.js'
import { RUNTIME_KEYWORDS } from './scratch-stage.js'

/*
 * Edits to the user's own stages, which otherwise stay byte for byte: the go commands made
 * static and stripped, a name for a build stage that had none, the rootfs RUN, and (for a
 * single-stage original) the run-time settings moved out to the scratch stage.
 */

/** Adds `AS name` to a stage's FROM line, so the scratch stage can copy from it. */
export function nameStage(
  parsed: ParsedDockerfile,
  stage: Stage,
  name: string
): { edit: LineEdit; change: PlannedChange } {
  const end = stage.from.getRange().end
  const line = parsed.lines[end.line] as string
  return {
    edit: {
      start: end.line,
      end: end.line,
      lines: [`${line.slice(0, end.character)} AS ${name}${line.slice(end.character)}`]
    },
    change: { summary: `build stage named "${name}" so the scratch stage can copy from it` }
  }
}

/**
 * Rewrites the RUN lines of the shipped go builds; one note per go command, and the cache mount
 * each RUN got for Go's build cache.
 */
export function rewriteBuilds(
  parsed: ParsedDockerfile,
  builds: readonly GoBuild[],
  mode: LinkMode
): { edits: LineEdit[]; notes: RewriteNote[]; mounts: string[] } {
  const byInstruction = new Map<StageInstruction, GoBuild[]>()
  for (const build of builds) {
    byInstruction.set(build.instruction, [...(byInstruction.get(build.instruction) ?? []), build])
  }
  const edits: LineEdit[] = []
  const notes: RewriteNote[] = []
  const mounts: string[] = []
  for (const [instruction, group] of byInstruction) {
    const execShell = group[0]?.execShell
    const text = instructionText(parsed, instruction)
    const rewritten = rewriteGoBuilds(execShell ?? text, group, mode)
    const shell = execShell
      ? { text: execShell, escape: '\\' }
      : { text: text.slice(group[0]?.offset), escape: parsed.escape }
    const mount = goBuildCacheMount(parsed, instruction, group, shell)
    const keywordEnd = instruction.node.getInstructionRange().end.character
    const lines = withMount(
      execShell
        ? `${runPrefix(parsed, instruction)}${formatExecForm(shellAsExecForm(rewritten.text))}`
        : rewritten.text,
      keywordEnd,
      mount
    ).split('\n')
    edits.push({ start: instruction.startLine, end: instruction.endLine, lines })
    notes.push(...rewritten.notes.map(note => ({ ...note, line: instruction.startLine + 1 })))
    if (mount) mounts.push(mount)
  }
  return { edits, notes, mounts }
}

/** `RUN` and its flags (`--mount=…`) as written, up to where the exec-form array starts. */
function runPrefix(parsed: ParsedDockerfile, instruction: StageInstruction): string {
  const start = instruction.node.getArgumentsRange()?.start
  if (!start) return 'RUN '
  const lines = parsed.lines.slice(instruction.startLine, start.line + 1)
  lines[lines.length - 1] = (lines[lines.length - 1] as string).slice(0, start.character)
  return lines.join('\n')
}

export type RewriteNote = BuildRewriteNotes & { line: number }

/** The changes the rewritten go commands make, each said once however many builds made it. */
export function buildChanges(notes: readonly BuildRewriteNotes[]): PlannedChange[] {
  const changes: PlannedChange[] = []
  const overridden = notes.find(n => n.cgoOverridden)
  if (notes.some(n => n.cgoDisabled)) {
    changes.push({
      summary: `static binary: CGO_ENABLED=0${overridden ? ` (instead of CGO_ENABLED=${overridden.cgoOverridden}; the program does not use cgo)` : ''}, so it needs no C library at run time`,
      gap: 'cgo not disabled: build with CGO_ENABLED=0 for a static binary'
    })
  }
  const stripGap = 'binary not stripped: add -ldflags="-s -w"'
  if (notes.some(n => n.ldflags === 'added')) {
    changes.push({
      summary: 'stripped: -ldflags="-s -w" leaves out the symbol table and DWARF debug data',
      gap: stripGap
    })
  } else if (notes.some(n => n.ldflags === 'merged')) {
    changes.push({
      summary: 'stripped: -s -w added to the existing -ldflags, which are otherwise kept',
      gap: stripGap
    })
  }
  if (notes.some(n => n.trimpathAdded)) {
    changes.push({
      summary: '-trimpath: no build-machine paths in the binary',
      gap: 'build paths left in the binary: add -trimpath'
    })
  }
  for (const output of new Set(notes.map(n => n.output).filter(Boolean))) {
    changes.push({
      summary: `-o ${output}: the binary gets an absolute path to copy from`,
      gap: null
    })
  }
  return changes
}

/** Single-stage: CMD, EXPOSE, LABEL… move to the scratch stage, with the comments above them. */
export function moveRuntimeSettings(parsed: ParsedDockerfile, chain: readonly Stage[]): LineEdit[] {
  const edits: LineEdit[] = []
  for (const instruction of chain.flatMap(stage => stage.instructions)) {
    if (!RUNTIME_KEYWORDS.has(instruction.keyword)) continue
    let start = instruction.startLine
    while (start > 0 && /^\s*#/.test(parsed.lines[start - 1] as string)) start--
    edits.push({ start, end: instruction.endLine, lines: [] })
  }
  return edits
}

/**
 * The rootfs RUN goes right after the last go build the copied stage can see (so it is in that
 * stage's filesystem), as root even when the build ran as another user.
 */
export function rootfsInsert(
  builds: readonly GoBuild[],
  stage: Stage,
  lines: string[]
): LineInsert {
  const visible = builds.filter(build => buildsOn(stage, build.stage))
  const after = visible.length
    ? visible.reduce((a, b) => (b.instruction.endLine > a.instruction.endLine ? b : a)).instruction
    : stage.instructions[stage.instructions.length - 1]
  const user = readUser(visible.length ? after?.user : stage.user)
  const switchesToRoot = user.written && !user.isRoot
  return {
    after: after?.endLine ?? stage.fromLine,
    lines: switchesToRoot ? ['USER root', ...lines, `USER ${user.written}`] : lines
  }
}

export function ldflagsWarnings(notes: readonly RewriteNote[]): Finding[] {
  return notes
    .filter(note => note.ldflags === 'unreadable')
    .map(note => ({
      line: note.line,
      message: 'could not add -s -w to this -ldflags: write its value as one quoted string'
    }))
}

/** A name for the build stage that no other stage uses. */
export function freeStageName(parsed: ParsedDockerfile): string {
  const taken = new Set(parsed.stages.map(s => s.name))
  return taken.has('build') ? 'go-build' : 'build'
}
