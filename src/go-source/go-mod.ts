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

// Modules whose packages are written against C (cgo): a pure-Go build cannot include them.
const CGO_MODULES = [
  'github.com/mattn/go-sqlite3',
  'github.com/mattn/go-oci8',
  'github.com/godror/godror',
  'github.com/confluentinc/confluent-kafka-go',
  'github.com/DataDog/zstd',
  'github.com/valyala/gozstd',
  'github.com/h2non/bimg',
  'gopkg.in/gographics/imagick',
  'github.com/tecbot/gorocksdb',
  'github.com/linxGnu/grocksdb',
  'github.com/go-gl/',
  'github.com/gotk3/',
  'github.com/webview/',
  'libvirt.org/go/libvirt',
  'github.com/libvirt/libvirt-go'
]

/** The required modules known to need cgo. */
export function cgoModules(requires: readonly string[]): string[] {
  return requires.filter(path =>
    CGO_MODULES.some(
      known => path === known || path.startsWith(known.endsWith('/') ? known : `${known}/`)
    )
  )
}
