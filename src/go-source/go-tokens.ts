/** A Go token, as far as finding imports and calls with string literals needs. */
export type GoToken =
  | { kind: 'ident'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'punct'; value: string }

const IDENT_START = /[A-Za-z_\u00C0-\uFFFF]/
const IDENT_PART = /[A-Za-z0-9_\u00C0-\uFFFF]/

/**
 * Splits Go source into identifiers, string literals (decoded) and punctuation, dropping
 * comments, numbers and rune literals. Not a full Go lexer: enough to read imports and
 * `pkg.Func("literal", …)` calls without being fooled by comments or strings.
 */
export function goTokens(source: string): GoToken[] {
  const tokens: GoToken[] = []
  const n = source.length
  let i = 0
  while (i < n) {
    const c = source[i] as string
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      i = end === -1 ? n : end + 2
    } else if (c === '"') {
      const { value, end } = readInterpreted(source, i + 1)
      tokens.push({ kind: 'string', value })
      i = end
    } else if (c === '`') {
      const end = source.indexOf('`', i + 1)
      tokens.push({ kind: 'string', value: source.slice(i + 1, end === -1 ? n : end) })
      i = end === -1 ? n : end + 1
    } else if (c === "'") {
      i++
      while (i < n && source[i] !== "'") i += source[i] === '\\' ? 2 : 1
      i++
    } else if (IDENT_START.test(c)) {
      const start = i
      while (i < n && IDENT_PART.test(source[i] as string)) i++
      tokens.push({ kind: 'ident', value: source.slice(start, i) })
    } else if (/[0-9]/.test(c)) {
      while (i < n && /[0-9A-Za-z_.]/.test(source[i] as string)) i++
    } else if (/\s/.test(c)) {
      i++
    } else {
      tokens.push({ kind: 'punct', value: c })
      i++
    }
  }
  return tokens
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  "'": "'"
}

function readInterpreted(source: string, from: number): { value: string; end: number } {
  let value = ''
  let i = from
  while (i < source.length && source[i] !== '"' && source[i] !== '\n') {
    if (source[i] === '\\') {
      const next = source[i + 1] ?? ''
      value += ESCAPES[next] ?? next
      i += 2
    } else {
      value += source[i]
      i++
    }
  }
  return { value, end: i + 1 }
}
