import { cgoModuleOf } from './cgo-modules.js'

/** The parts of go.mod the planner uses. */
export interface GoMod {
  modulePath?: string
  /** Every required module path, direct or `// indirect`. */
  requires: string[]
}

/** Reads `module` and `require` directives (single-line and block form) from go.mod text. */
export function parseGoMod(text: string): GoMod {
  const lines = text.split('\n').map(line => line.replace(/\/\/.*$/, '').trim())
  const requires: string[] = []
  let modulePath: string | undefined
  let inRequireBlock = false
  for (const line of lines) {
    if (inRequireBlock) {
      if (line.startsWith(')')) inRequireBlock = false
      else if (line) requires.push(unquote(line.split(/\s+/)[0] as string))
      continue
    }
    const [directive, first] = line.split(/\s+/)
    if (directive === 'module' && first) modulePath = unquote(first)
    if (directive === 'require' && first === '(') inRequireBlock = true
    else if (directive === 'require' && first) requires.push(unquote(first))
  }
  return { modulePath, requires }
}

function unquote(text: string): string {
  return text.replace(/^["`]|["`]$/g, '')
}

/** The required modules known to need cgo. */
export function cgoModules(requires: readonly string[]): string[] {
  return requires.filter(path => cgoModuleOf(path) !== undefined)
}
