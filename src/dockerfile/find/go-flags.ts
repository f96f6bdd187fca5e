import type { ShellWord } from '../read/shell-words.js'

/** A `-name value` or `-name=value` flag of a go command, with the words that spell it. */
export interface GoFlag {
  name: string
  value: string
  /** The flag word, and the separate value word when written `-name value`. */
  words: ShellWord[]
}

// cmd/go takes the next word as the value of these flags: `-o out .` builds ., not out.
const VALUE_FLAGS = new Set([
  'o',
  'ldflags',
  'gcflags',
  'asmflags',
  'gccgoflags',
  'tags',
  'mod',
  'modfile',
  'overlay',
  'p',
  'pkgdir',
  'toolexec',
  'installsuffix',
  'buildmode',
  'compiler',
  'pgo',
  'C',
  'coverpkg',
  'covermode',
  'exec'
])

/** Splits the words after `go build` into flags and package arguments, as cmd/go does. */
export function readGoArguments(words: readonly ShellWord[]): {
  flags: GoFlag[]
  packages: string[]
} {
  const flags: GoFlag[] = []
  let i = 0
  for (; i < words.length; i++) {
    const word = words[i] as ShellWord
    if (word.value === '--') {
      i++
      break
    }
    if (!word.value.startsWith('-') || word.value === '-') break
    const body = word.value.replace(/^--?/, '')
    const eq = body.indexOf('=')
    const name = eq === -1 ? body : body.slice(0, eq)
    if (eq !== -1) flags.push({ name, value: body.slice(eq + 1), words: [word] })
    else if (VALUE_FLAGS.has(name) && words[i + 1]) {
      const valueWord = words[++i] as ShellWord
      flags.push({ name, value: valueWord.value, words: [word, valueWord] })
    } else flags.push({ name, value: 'true', words: [word] })
  }
  return { flags, packages: words.slice(i).map(word => word.value) }
}
