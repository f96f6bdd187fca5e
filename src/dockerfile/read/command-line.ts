import { needsShell, tokenizeShell, type ShellWord } from './shell-words.js'

/** The JSON (exec) form of an instruction's arguments, or null when it is in shell form. */
export function parseJsonArray(text: string): string[] | null {
  if (!text.startsWith('[')) return null
  try {
    const value: unknown = JSON.parse(text)
    if (Array.isArray(value) && value.every(item => typeof item === 'string')) return value
  } catch {
    // Not valid JSON: Docker then runs the text in shell form, and so do we.
  }
  return null
}

/** A CMD, ENTRYPOINT or HEALTHCHECK command as Docker will run it. */
export type CommandLine =
  | { form: 'exec'; argv: string[] }
  | { form: 'shell'; text: string; argv?: string[]; shellReason?: string }

/**
 * Reads the arguments of a CMD/ENTRYPOINT (or what follows HEALTHCHECK's `CMD`): exec form when
 * it is a JSON array of strings, else shell form, for which `argv` is the equivalent exec form
 * when the text needs no shell, and `shellReason` says what needs one otherwise.
 */
export function readCommandLine(text: string, escape = '\\'): CommandLine {
  const trimmed = text.trim()
  const json = parseJsonArray(trimmed)
  if (json) return { form: 'exec', argv: json }
  const tokens = tokenizeShell(trimmed, escape)
  const reason = needsShell(tokens)
  if (reason) return { form: 'shell', text: trimmed, shellReason: reason }
  const words = tokens.filter((t): t is ShellWord => t.kind === 'word').map(word => word.value)
  // `exec app` only replaces the shell with app, which exec form does from the start.
  if (words[0] === 'exec') words.shift()
  return { form: 'shell', text: trimmed, argv: words }
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash'])

/** An exec-form command that is itself a shell (`["sh", "-c", "…"]`). */
export function runsShell(argv: readonly string[]): boolean {
  return SHELLS.has(argv[0] ?? '') || /\/(ba|a|da|z)?sh$/.test(argv[0] ?? '')
}
