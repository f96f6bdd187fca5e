import { parse, quote as shellQuote } from 'shell-quote'
import { shellWord } from '../read/shell-quoting.js'

/**
 * Linker and tag flags are written inside shell quotes (`-ldflags "-X main.version=$VERSION"`),
 * often over several lines. They are read into the value cmd/go receives (variables kept as
 * they are), merged as text there, and written back as one properly quoted shell word.
 */

/**
 * The value of a go flag as cmd/go receives it, read from the shell word that spells it: the
 * Dockerfile's line continuations dropped (inside quotes too, as Docker drops them before the
 * shell runs), quotes removed, and each shell variable left as a placeholder so the value can be
 * written back with the same expansions.
 */
export interface FlagValue {
  /** The value, with `\0N\0` where variable N of `variables` is expanded. */
  text: string
  variables: string[]
  /** The first quote the user wrote it with; the rewritten value uses it where it can. */
  quote: '"' | "'" | ''
}

const CONTINUATION = /\\\r?\n(?:[ \t]*#[^\n]*\n)*/g
const PLACEHOLDER = /\0(\d+)\0/
// Words the shell reads as themselves, left unquoted (shell-quote would escape the commas).
const SAFE_BARE = /^[A-Za-z0-9_./=:,@%+-]+$/

/**
 * Reads one shell word (or the part after `-name=`) into a FlagValue, with shell-quote's parser;
 * null for what cannot be written back safely: a command substitution, a glob, an operator.
 */
export function readFlagValue(raw: string): FlagValue | null {
  const joined = raw.replace(CONTINUATION, '')
  if (/\$\(|`/.test(joined)) return null
  const variables: string[] = []
  let text = ''
  for (const entry of parse(joined, name => ({ variable: name }))) {
    if (typeof entry === 'string') text += entry
    else if ('variable' in entry && typeof entry.variable === 'string') {
      text += `\0${variables.length}\0`
      variables.push(entry.variable)
    } else return null
  }
  const quote = /["']/.exec(joined)?.[0] as FlagValue['quote'] | undefined
  return { text, variables, quote: quote ?? '' }
}

/**
 * Writes a FlagValue's text back as one shell word. Without variables, in the user's double
 * quotes or as shell-quote quotes it; with variables, in double quotes with `${NAME}` for each and
 * every other `$`, `"`, `\\` and backquote escaped.
 */
export function writeFlagValue(
  value: Omit<FlagValue, 'quote'>,
  quoteChar: FlagValue['quote']
): string {
  if (value.variables.length === 0 && quoteChar !== '"') {
    return SAFE_BARE.test(value.text) ? value.text : shellQuote([value.text])
  }
  const parts = value.text.split(PLACEHOLDER)
  const body = parts
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[\\"$`]/g, '\\$&')
      const name = value.variables[Number(part)] as string
      // `$NAME` as most people write it, unless a name character follows or it is `${…:-…}`.
      const braced =
        !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z0-9_]/.test(parts[i + 1] ?? '')
      return braced ? `\${${name}}` : `$${name}`
    })
    .join('')
  return `"${body}"`
}

/** Splits linker flags the way cmd/go does: on spaces, keeping quoted groups whole. */
export function splitFlagList(text: string): string[] {
  const parts: string[] = []
  const pattern = /(?:[^\s'"]+|'[^']*'|"[^"]*")+/g
  for (const match of text.matchAll(pattern)) parts.push(match[0])
  return parts
}

const STRIP_FLAGS = new Set(['-s', '-w', '-s=true', '-w=true', '-s=1', '-w=1'])

/**
 * Puts `-s -w` first and keeps every other linker flag of the user's in order.
 * `extra` flags, each written `-name=value` (e.g. `-linkmode=external` for a static cgo link),
 * are appended unless the user already sets that flag.
 */
export function mergeLinkerFlags(existing: string, extra: readonly string[] = []): string {
  const kept = splitFlagList(existing).filter(flag => !STRIP_FLAGS.has(flag))
  const names = new Set(kept.map(flag => flag.split('=')[0]))
  const added = extra.filter(flag => !names.has(flag.split('=')[0]))
  return ['-s', '-w', ...kept, ...added].join(' ')
}

/** True when linker flags already strip symbols and DWARF. */
export function alreadyStripped(existing: string): boolean {
  const flags = splitFlagList(existing)
  return flags.some(f => f.startsWith('-s')) && flags.some(f => f.startsWith('-w'))
}

/** Adds build tags to a `-tags` value, comma-separated unless it is the old space-separated form. */
export function mergeTags(existing: string, extra: readonly string[]): string {
  const separator = existing.trim().includes(' ') ? ' ' : ','
  const tags = existing.split(/[\s,]+/).filter(Boolean)
  const missing = extra.filter(tag => !tags.includes(tag))
  return [...tags, ...missing].join(separator)
}

/**
 * Wraps text for the shell in the given quote. Double quotes keep `$VAR` expanding (a path or a
 * flag that names a build variable) and escape every other character the shell would read in them;
 * without a `$`, a word needing quotes is single-quoted, so it means exactly what it says.
 */
export function quote(text: string, quoteChar: FlagValue['quote'] = '"'): string {
  if (quoteChar === '') return text.includes('$') ? quote(text, '"') : shellWord(text)
  if (quoteChar === "'") return text.includes("'") ? shellWord(text) : `'${text}'`
  return `"${text.replace(/[\\"`]/g, '\\$&')}"`
}
