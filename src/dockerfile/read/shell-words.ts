/**
 * Just enough of POSIX shell word splitting to read one RUN, CMD or HEALTHCHECK: words with
 * their quoting undone, control operators, and where each token sits in the source so a
 * caller can rewrite one word without touching the rest of the line.
 */

export interface ShellWord {
  kind: 'word'
  /** The word as the shell would see it after quote removal (expansions left as written). */
  value: string
  /** The word exactly as written. */
  raw: string
  start: number
  end: number
  /** Contains `$…` or backquotes outside single quotes, so its value is only known at run time. */
  expands: boolean
  /** Contains an unquoted glob character (`*`, `?`, `[`). */
  globs: boolean
}

export interface ShellOperator {
  kind: 'operator'
  /** `&&`, `||`, `|`, `;`, `&`, `(`, `)`, a redirection such as `>` or `2>&1`, or `\n`. */
  value: string
  start: number
  end: number
}

export type ShellToken = ShellWord | ShellOperator

/** Operators that end one simple command and start the next. */
const SEPARATORS = new Set(['&&', '||', '|', ';', '&', '(', ')', '\n', ';;'])

const OPERATOR_CHARS = '&|;()<>'

/** Splits shell source into words and operators. `escape` is the Dockerfile escape character. */
export function tokenizeShell(source: string, escape = '\\'): ShellToken[] {
  const tokens: ShellToken[] = []
  let i = 0
  const n = source.length

  while (i < n) {
    const c = source[i] as string
    if (c === escape && source[i + 1] === '\n') {
      i = skipContinuation(source, i + 2)
      continue
    }
    if (c === '\n') {
      tokens.push({ kind: 'operator', value: '\n', start: i, end: i + 1 })
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
      continue
    }
    if (c === '#') {
      while (i < n && source[i] !== '\n') i++
      continue
    }
    const operator = readOperator(source, i)
    if (operator) {
      tokens.push(operator)
      i = operator.end
      continue
    }
    const word = readWord(source, i, escape)
    tokens.push(word)
    i = word.end
  }
  return tokens
}

/** After a line continuation, Docker drops whole comment lines before the shell sees them. */
function skipContinuation(source: string, from: number): number {
  let i = from
  for (;;) {
    let j = i
    while (source[j] === ' ' || source[j] === '\t') j++
    if (source[j] !== '#') return i
    while (j < source.length && source[j] !== '\n') j++
    i = j + 1
  }
}

/** Reads an operator at the start of a token, or returns null when a word starts here. */
function readOperator(source: string, at: number): ShellOperator | null {
  // A redirection may start with a file descriptor number: `2>&1`, `1>/dev/null`.
  const fd = /^\d+(?=[<>])/.exec(source.slice(at, at + 12))
  const start = at
  let i = at
  if (fd) i += fd[0].length
  else if (!OPERATOR_CHARS.includes(source[at] as string)) return null

  const two = source.slice(i, i + 2)
  if (['&&', '||', ';;', '>>', '<<', '>&', '<&', '>|'].includes(two)) i += 2
  else if (OPERATOR_CHARS.includes(source[i] as string)) i += 1
  else return null
  // `>&1` and `<&0` duplicate a descriptor: keep its number with the operator.
  if (source[i - 1] === '&' && /[<>]/.test(source[i - 2] ?? '')) {
    while (/\d|-/.test(source[i] ?? '')) i++
  }
  return { kind: 'operator', value: source.slice(start, i), start, end: i }
}

function readWord(source: string, at: number, escape: string): ShellWord {
  let i = at
  let value = ''
  let expands = false
  let globs = false
  const n = source.length
  while (i < n) {
    const c = source[i] as string
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || OPERATOR_CHARS.includes(c)) break
    if (c === escape) {
      if (source[i + 1] === '\n') {
        i = skipContinuation(source, i + 2)
        continue
      }
      value += source[i + 1] ?? ''
      i += 2
      continue
    }
    if (c === "'") {
      const close = source.indexOf("'", i + 1)
      const end = close === -1 ? n : close
      value += source.slice(i + 1, end)
      i = end + 1
      continue
    }
    if (c === '"') {
      i++
      while (i < n && source[i] !== '"') {
        const d = source[i] as string
        if (d === escape && '"$`\\\n'.includes(source[i + 1] ?? '')) {
          if (source[i + 1] !== '\n') value += source[i + 1]
          i += 2
          continue
        }
        if (startsExpansion(source, i)) {
          const end = expansionEnd(source, i)
          value += source.slice(i, end)
          expands = true
          i = end
          continue
        }
        if (d === '$' || d === '`') expands = true
        value += d
        i++
      }
      i++
      continue
    }
    if (startsExpansion(source, i)) {
      // `$(…)`, `${…}` and backquotes are one piece of the word, spaces and parentheses included.
      const end = expansionEnd(source, i)
      value += source.slice(i, end)
      expands = true
      i = end
      continue
    }
    if (c === '$') expands = true
    if (c === '*' || c === '?' || c === '[') globs = true
    value += c
    i++
  }
  const end = Math.min(i, n)
  return { kind: 'word', value, raw: source.slice(at, end), start: at, end, expands, globs }
}

/** A command substitution, an arithmetic expansion or a braced parameter starts at `at`. */
function startsExpansion(source: string, at: number): boolean {
  return (
    source[at] === '`' || (source[at] === '$' && (source[at + 1] === '(' || source[at + 1] === '{'))
  )
}

/** Where the expansion that starts at `at` ends: after its matching `)`, `}` or backquote. */
function expansionEnd(source: string, at: number): number {
  const n = source.length
  if (source[at] === '`') {
    let i = at + 1
    while (i < n && source[i] !== '`') i += source[i] === '\\' ? 2 : 1
    return Math.min(i + 1, n)
  }
  const open = source[at + 1] as string
  const close = open === '(' ? ')' : '}'
  let depth = 0
  let i = at + 1
  while (i < n) {
    const c = source[i] as string
    if (c === '\\') {
      i += 2
      continue
    }
    if (c === "'" && open === '(') {
      const quoteEnd = source.indexOf("'", i + 1)
      i = quoteEnd === -1 ? n : quoteEnd + 1
      continue
    }
    if (c === open) depth++
    else if (c === close && --depth === 0) return i + 1
    i++
  }
  return n
}

/** One simple command: leading `NAME=value` assignments, then its words. */
export interface SimpleCommand {
  assignments: ShellWord[]
  words: ShellWord[]
  /** True when a redirection, pipe, subshell or background operator touches this command. */
  plumbed: boolean
}

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}'])
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/** Groups tokens into simple commands, the unit a `go build` or `adduser` lives in. */
export function simpleCommands(tokens: readonly ShellToken[]): SimpleCommand[] {
  const commands: SimpleCommand[] = []
  let current: SimpleCommand = { assignments: [], words: [], plumbed: false }
  let skipNextWord = false
  const finish = (): void => {
    if (current.words.length > 0 || current.assignments.length > 0) commands.push(current)
    current = { assignments: [], words: [], plumbed: false }
  }
  for (const token of tokens) {
    if (token.kind === 'operator') {
      if (SEPARATORS.has(token.value)) {
        const plumbing = token.value === '|' || token.value === '&'
        if (plumbing) current.plumbed = true
        finish()
        if (plumbing) current.plumbed = true
      } else {
        // A redirection: its target word is not an argument.
        current.plumbed = true
        skipNextWord = !/&\d*-?$/.test(token.value)
      }
      continue
    }
    if (skipNextWord) {
      skipNextWord = false
      continue
    }
    if (current.words.length === 0 && RESERVED.has(token.raw)) continue
    if (current.words.length === 0 && ASSIGNMENT.test(token.raw)) current.assignments.push(token)
    else current.words.push(token)
  }
  finish()
  return commands
}

/** Words that make a command line need a shell rather than a plain exec. */
export function needsShell(tokens: readonly ShellToken[]): string | null {
  for (const token of tokens) {
    if (token.kind === 'operator' && token.value !== '\n') return `"${token.value}"`
    if (token.kind === 'word' && token.expands) return `variable expansion in ${token.value}`
    if (token.kind === 'word' && token.globs) return `the glob ${token.value}`
    if (token.kind === 'word' && token.raw.startsWith('~'))
      return `the home directory in ${token.value}`
  }
  const words = tokens.filter((t): t is ShellWord => t.kind === 'word')
  if (words[0] && ASSIGNMENT.test(words[0].raw)) return `the assignment "${words[0].raw}"`
  if (tokens.some(t => t.kind === 'operator' && t.value === '\n')) return 'several lines'
  return null
}
