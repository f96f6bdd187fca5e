import { posix } from 'node:path'
import type { GoBuild } from '../find/go-build.js'
import { mountsOf, type ParsedDockerfile, type StageInstruction } from '../read/parse.js'
import { tokenizeShell } from '../read/shell-words.js'
import { readUser } from '../read/user.js'
import { expandVariables } from '../read/variables.js'
import type { PlannedChange } from './planned-change.js'

/*
 * Go's build cache, kept by the builder between builds of the alternative: a BuildKit cache mount
 * on each RUN whose go commands the plan rewrites, as Docker's guide for Go writes it. Without it,
 * every build after a change to the sources compiles every package again, since a RUN's layer is
 * reused whole or not at all and few Dockerfiles keep Go's own cache. The mount goes only where
 * cmd/go is sure to put the cache and can write it: the command runs as root, and neither the stage
 * nor the RUN moves the cache (GOCACHE, or the HOME and XDG_CACHE_HOME it follows by default). A
 * GOCACHE that is a plain absolute path is mounted where it says, unless the build reads there.
 */

const DEFAULT_CACHE = '/root/.cache/go-build'
const SETS_CACHE_LOCATION = /^(?:GOCACHE|HOME|XDG_CACHE_HOME)=/
const PLAIN_PATH = /^\/[A-Za-z0-9._+@%/-]+$/
// A cache mounted on one of these, or on a directory holding one, would hide what the build uses.
const SYSTEM_DIRECTORIES = [
  '/bin',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/srv',
  '/sys',
  '/tmp',
  '/usr/local/go',
  '/var/tmp'
]

/** The shell text of a RUN that its go commands' word offsets refer to. */
export interface RunShell {
  text: string
  escape: string
}

/**
 * The cache mount flag for the RUN `instruction` (in which `builds` are the go commands the plan
 * rewrites), or undefined when that RUN should not get one.
 */
export function goBuildCacheMount(
  parsed: ParsedDockerfile,
  instruction: StageInstruction,
  builds: readonly GoBuild[],
  shell: RunShell
): string | undefined {
  if (!frontendMounts(parsed)) return undefined
  const user = readUser(instruction.user)
  if (user.written && !user.isRoot) return undefined
  if (movesCacheElsewhere(shell, builds)) return undefined
  const targets = new Set(builds.map(cacheLocation))
  const [target] = targets
  if (targets.size !== 1 || !target) return undefined
  const mounted = mountsOf(instruction.node).some(mount => {
    // Secrets and the ssh agent mount under /run/ unless told otherwise.
    if (mount.target === undefined) return false
    const at = expandVariables(mount.target, instruction.variables)
    if (!at || at.includes('$')) return true
    const path = posix.resolve(instruction.workdir, at)
    return within(path, target) || within(target, path)
  })
  return mounted ? undefined : `--mount=type=cache,target=${target}`
}

/** `text`, a RUN from its keyword on, with `mount` right after the keyword (which ends there). */
export function withMount(text: string, keywordEnd: number, mount: string | undefined): string {
  return mount ? `${text.slice(0, keywordEnd)} ${mount}${text.slice(keywordEnd)}` : text
}

/** The change the cache mounts make, said once however many RUNs got one. */
export function goBuildCacheChanges(mounts: readonly string[]): PlannedChange[] {
  const distinct = [...new Set(mounts)]
  if (distinct.length === 0) return []
  return [
    {
      summary: `Go build cache kept by the builder between builds (${distinct.join(', ')}): a rebuild compiles only what changed; the cache is not part of the image`,
      gap: null
    }
  ]
}

/** Where cmd/go keeps the build cache for this command, when that is known and safe to mount. */
function cacheLocation(build: GoBuild): string | undefined {
  const gocache = build.env.get('GOCACHE')
  if (gocache === undefined) {
    return build.env.has('HOME') || build.env.has('XDG_CACHE_HOME') ? undefined : DEFAULT_CACHE
  }
  if (!PLAIN_PATH.test(gocache)) return undefined
  const target = posix.normalize(gocache).replace(/(.)\/+$/, '$1')
  if (target === '/') return undefined
  const used = [
    build.cwd,
    build.instruction.workdir,
    build.stage.moduleRoot,
    build.output,
    build.env.get('GOBIN'),
    build.env.get('GOMODCACHE'),
    ...(build.env.get('GOPATH') ?? '').split(':'),
    ...SYSTEM_DIRECTORIES
  ]
  return used.some(path => path && within(path, target)) ? undefined : target
}

/** Another command of the RUN (`export HOME=…`, `go env -w GOCACHE=…`) sets where the cache is. */
function movesCacheElsewhere(shell: RunShell, builds: readonly GoBuild[]): boolean {
  const own = new Set(
    builds
      .flatMap(build => [...build.command.assignments, ...build.command.words])
      .map(w => w.start)
  )
  return tokenizeShell(shell.text, shell.escape).some(
    token => token.kind === 'word' && !own.has(token.start) && SETS_CACHE_LOCATION.test(token.value)
  )
}

/**
 * Whether BuildKit's Dockerfile frontend reads `RUN --mount` here: the built-in one does, and so
 * do docker/dockerfile 1.2 and later (and the experimental ones before); another frontend is
 * trusted only when the Dockerfile already mounts something in a RUN.
 */
function frontendMounts(parsed: ParsedDockerfile): boolean {
  const { syntax } = parsed
  if (!syntax) return true
  const mounts = parsed.stages.some(stage =>
    stage.instructions.some(i => i.keyword === 'RUN' && mountsOf(i.node).length > 0)
  )
  if (mounts) return true
  const image = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?(?::([^@]+))?(?:@.*)?$/i
  const match = image.exec(syntax)
  if (!match) return false
  const tag = match[1] ?? 'latest'
  if (/experimental|labs|latest|master/.test(tag)) return true
  const [major = 0, minor] = tag.split(/[.-]/).map(Number)
  return major > 1 || (major === 1 && (minor === undefined || Number.isNaN(minor) || minor >= 2))
}

/** `path` is `dir` or inside it. */
function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`)
}
