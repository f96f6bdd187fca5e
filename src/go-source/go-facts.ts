import { posix } from 'node:path'
import type { GoFacts } from './types.js'
import { goTokens, type GoToken } from './go-tokens.js'

/** What one .go file tells about the program. */
export interface FileFacts {
  imports: string[]
  openedPaths: string[]
  loadsLocations: boolean
  usesTempDir: boolean
  cgoLibraries: string[]
}

// Functions whose first argument is a path the program reads at run time.
const OPENS_FIRST_ARGUMENT = new Set([
  'os.Open',
  'os.OpenFile',
  'os.ReadFile',
  'os.ReadDir',
  'os.Stat',
  'os.DirFS',
  'io/ioutil.ReadFile',
  'io/ioutil.ReadDir',
  'net/http.Dir'
])
// Methods (or package functions) whose every string argument is a path or glob.
const OPENS_ALL_ARGUMENTS = new Set(['ParseFiles', 'ParseGlob'])
const TEMP_FUNCTIONS = new Set([
  'os.TempDir',
  'os.CreateTemp',
  'os.MkdirTemp',
  'io/ioutil.TempFile',
  'io/ioutil.TempDir'
])
const JOIN_FUNCTIONS = new Set(['path/filepath.Join', 'path.Join'])

/** Reads imports, opened paths, time zone and temp-file use from one Go source file. */
export function factsOfFile(source: string): FileFacts {
  const tokens = goTokens(source)
  const imports = readImports(tokens)
  const packages = packageNames(imports)
  const facts: FileFacts = {
    imports: imports.map(i => i.path),
    openedPaths: [],
    loadsLocations: false,
    usesTempDir: false,
    cgoLibraries: imports.some(i => i.path === 'C') ? cgoLibraries(source) : []
  }
  const qualified = (at: number): string | undefined => {
    const pkg = tokens[at]
    const dot = tokens[at + 1]
    const name = tokens[at + 2]
    if (pkg?.kind !== 'ident' || dot?.value !== '.' || name?.kind !== 'ident') return undefined
    const path = packages.get(pkg.value)
    return path ? `${path}.${name.value}` : undefined
  }

  for (let i = 0; i < tokens.length; i++) {
    const call = qualified(i)
    if (call === 'time.LoadLocation') facts.loadsLocations = true
    if (call && TEMP_FUNCTIONS.has(call)) facts.usesTempDir = true
    const token = tokens[i] as GoToken
    const opensAll =
      token.value === '.' &&
      tokens[i + 1]?.kind === 'ident' &&
      OPENS_ALL_ARGUMENTS.has(tokens[i + 1]?.value as string) &&
      tokens[i + 2]?.value === '('
    if (opensAll) {
      facts.openedPaths.push(...callArguments(tokens, i + 3, qualified).filter(isDefined))
    } else if (call && OPENS_FIRST_ARGUMENT.has(call) && tokens[i + 3]?.value === '(') {
      const first = callArguments(tokens, i + 4, qualified)[0]
      if (first) facts.openedPaths.push(first)
    } else if (call === 'net/http.ServeFile' && tokens[i + 3]?.value === '(') {
      const third = callArguments(tokens, i + 4, qualified)[2]
      if (third) facts.openedPaths.push(third)
    }
  }
  return facts
}

/** Combines the facts of every file into the planner's GoFacts. */
export function combineFacts(files: readonly FileFacts[]): GoFacts {
  const unique = (values: string[]): string[] => [...new Set(values)].sort()
  return {
    imports: unique(files.flatMap(f => f.imports)),
    usesCgo: files.some(f => f.imports.includes('C')),
    cgoModules: [],
    openedPaths: unique(files.flatMap(f => f.openedPaths)),
    loadsLocations: files.some(f => f.loadsLocations),
    usesTempDir: files.some(f => f.usesTempDir),
    cgoLibraries: unique(files.flatMap(f => f.cgoLibraries))
  }
}

interface GoImport {
  name?: string
  path: string
}

function readImports(tokens: readonly GoToken[]): GoImport[] {
  const imports: GoImport[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as GoToken
    if (token.kind !== 'ident' || token.value !== 'import') continue
    if (tokens[i + 1]?.value === '(') {
      let j = i + 2
      while (j < tokens.length && tokens[j]?.value !== ')') {
        const spec = readImportSpec(tokens, j)
        if (spec.spec) imports.push(spec.spec)
        j = spec.next
      }
      i = j
    } else {
      const spec = readImportSpec(tokens, i + 1)
      if (spec.spec) imports.push(spec.spec)
      i = spec.next - 1
    }
  }
  return imports
}

function readImportSpec(tokens: readonly GoToken[], at: number): { spec?: GoImport; next: number } {
  const first = tokens[at]
  const second = tokens[at + 1]
  if (first?.kind === 'string') return { spec: { path: first.value }, next: at + 1 }
  if ((first?.kind === 'ident' || first?.value === '.') && second?.kind === 'string') {
    return { spec: { name: first.value, path: second.value }, next: at + 2 }
  }
  return { next: at + 1 }
}

/** Local package name → import path; `_` and `.` imports cannot be called through a name. */
function packageNames(imports: readonly GoImport[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const { name, path } of imports) {
    if (name === '_' || name === '.') continue
    names.set(name ?? defaultPackageName(path), path)
  }
  return names
}

function defaultPackageName(path: string): string {
  const parts = path.split('/')
  const last = parts[parts.length - 1] as string
  if (/^v\d+$/.test(last) && parts.length > 1) return parts[parts.length - 2] as string
  return last.replace(/^go-/, '').replace(/[.-].*$/, '')
}

/**
 * The arguments of a call starting at `from` (just past its `(`), each as a string when it is a
 * literal or a filepath.Join of literals, else undefined.
 */
function callArguments(
  tokens: readonly GoToken[],
  from: number,
  qualified: (at: number) => string | undefined
): (string | undefined)[] {
  const args: (string | undefined)[] = []
  let depth = 0
  let current: number[] = []
  for (let i = from; i < tokens.length; i++) {
    const value = tokens[i]?.value
    if (depth === 0 && (value === ',' || value === ')')) {
      args.push(literalArgument(tokens, current, qualified))
      current = []
      if (value === ')') break
      continue
    }
    if (value === '(' || value === '[' || value === '{') depth++
    if (value === ')' || value === ']' || value === '}') depth--
    current.push(i)
  }
  return args
}

function literalArgument(
  tokens: readonly GoToken[],
  indexes: readonly number[],
  qualified: (at: number) => string | undefined
): string | undefined {
  const first = indexes[0]
  if (first === undefined) return undefined
  if (indexes.length === 1) {
    const token = tokens[first]
    return token?.kind === 'string' ? token.value : undefined
  }
  const call = qualified(first)
  if (call && JOIN_FUNCTIONS.has(call) && tokens[first + 3]?.value === '(') {
    const parts = callArguments(tokens, first + 4, qualified)
    if (parts.length > 0 && parts.every(isDefined)) return posix.join(...(parts as string[]))
  }
  return undefined
}

/** `-lNAME` libraries from `#cgo LDFLAGS:` lines in the cgo preamble. */
function cgoLibraries(source: string): string[] {
  const libraries: string[] = []
  for (const match of source.matchAll(/#cgo\b[^:\n]*LDFLAGS:([^\n]*)/g)) {
    for (const lib of (match[1] ?? '').matchAll(/(?:^|\s)-l(\S+)/g))
      libraries.push(lib[1] as string)
  }
  return libraries
}

/** `templates/index.html` → `templates`; absolute paths and globs at the top give nothing. */
export function relativeTopLevel(path: string): string | undefined {
  const normalized = posix.normalize(path)
  if (posix.isAbsolute(normalized) || normalized.startsWith('..') || normalized === '.') {
    return undefined
  }
  const top = normalized.split('/')[0] as string
  return /[*?[]/.test(top) ? undefined : top
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}
