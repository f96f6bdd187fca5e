/**
 * Linker and tag flags are written inside shell quotes (`-ldflags "-X main.version=$VERSION"`),
 * so they are merged as text: the user's own flags and their quoting stay as written.
 */

/** A shell word's text between its quotes, and which quote it used. */
export interface QuotedText {
  inner: string
  quote: '"' | "'" | ''
}

/**
 * Reads a shell word (or the part after `=`) that is one quoted or unquoted segment, e.g.
 * `"-s -w"`, `'-X a=b'` or `-s`. Returns null for mixed quoting, which is left untouched.
 */
export function readQuoted(raw: string): QuotedText | null {
  const quote = raw[0]
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    const inner = raw.slice(1, -1)
    const unescaped = quote === '"' ? inner.replace(/\\./g, '') : inner
    return unescaped.includes(quote) ? null : { inner, quote }
  }
  return /["'\\]/.test(raw) ? null : { inner: raw, quote: '' }
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

/** Wraps text for the shell in the given quote; double quotes keep `$VAR` expanding. */
export function quote(text: string, quoteChar: QuotedText['quote'] = '"'): string {
  if (quoteChar === '') return /^[A-Za-z0-9_./=:,@%+-]+$/.test(text) ? text : quote(text, '"')
  if (quoteChar === "'") return `'${text}'`
  return `"${text}"`
}
