// The layout of src/ as lint rules: which folder may import which, which folders stay pure, and
// that only action/ talks to the Actions runner. The README's "How the code is laid out" table is
// this one in words; change both together.

/** Each folder of src/ and the folders it may import, from the top of a run to the bottom. */
export const LAYERS = {
  action: [
    'engine',
    'github',
    'report',
    'drift',
    'measure',
    'verify',
    'dockerfile',
    'go-source',
    'registry',
    'tools',
    'binary',
    'core'
  ],
  cli: ['engine', 'report', 'drift', 'measure', 'core'],
  engine: ['measure', 'verify', 'dockerfile', 'go-source', 'report', 'registry', 'tools', 'core'],
  github: ['drift', 'report', 'core'],
  drift: ['report', 'core'],
  report: ['measure', 'dockerfile', 'registry', 'tools', 'binary', 'core'],
  verify: ['tools', 'core'],
  measure: ['registry', 'tools', 'binary', 'core'],
  registry: ['core'],
  dockerfile: ['go-source', 'binary', 'core'],
  'go-source': ['core'],
  tools: ['core'],
  binary: [],
  core: []
}

/** Folders of pure functions: data in, data out, no process, file, network or thread. */
export const PURE = ['core', 'binary', 'dockerfile', 'report', 'drift']

/** Folders that run commands or read files; pure code may name their types, never call them. */
const EFFECTS = ['action', 'cli', 'engine', 'github', 'measure', 'registry', 'verify', 'tools']

const NODE_EFFECTS = [
  'child_process',
  'cluster',
  'dgram',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'worker_threads'
]

const folder = name => `(^|/)${name}/`
const any = names => names.map(folder).join('|')

function restrictionsOf(layer) {
  const allowed = new Set([layer, ...LAYERS[layer]])
  const forbidden = Object.keys(LAYERS).filter(name => !allowed.has(name))
  const patterns = []
  if (forbidden.length > 0) {
    patterns.push({
      regex: any(forbidden),
      message: `${layer}/ may import only ${LAYERS[layer].map(name => `${name}/`).join(', ') || 'its own files'}: see eslint.boundaries.js`
    })
  }
  if (layer !== 'action') {
    patterns.push({
      regex: '^@(actions|octokit)/',
      allowTypeImports: true,
      message:
        'Only action/ talks to the Actions runner and makes the GitHub client: pass what you need in'
    })
  }
  if (PURE.includes(layer)) {
    const effects = EFFECTS.filter(name => allowed.has(name))
    if (effects.length > 0) {
      patterns.push({
        regex: any(effects),
        allowTypeImports: true,
        message: `${layer}/ is pure: it may use the types of ${effects.join(', ')}/, never run them`
      })
    }
    patterns.push(
      {
        regex: `^(node:)?(${NODE_EFFECTS.join('|')})$`,
        message: `${layer}/ is pure: no processes, files, network or threads (take the data as an argument)`
      },
      {
        regex: '(^|/)go-source/scan(\\.js)?$',
        message: `${layer}/ is pure: it takes the facts scanGoSources read, and does not read sources itself`
      }
    )
  }
  return patterns
}

export const boundaries = Object.keys(LAYERS).map(layer => ({
  files: [`src/${layer}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: restrictionsOf(layer) }] }
}))
