import type { Finding, OriginalDirectory, OriginalFilesystem } from '../types.js'
import type { Volume } from '../read/volumes.js'
import type { Variables } from '../read/variables.js'
import type { RunEffects } from './run-effects.js'
import type { DecidedUser } from './runtime-user.js'

/** A directory the scratch image must have, with the owner and mode it gets, and why. */
export interface KeptDirectory {
  path: string
  uid: number
  gid: number
  mode: number
  reasons: string[]
  /** How an already-scratch original falls short here, or null when it does not. */
  gap: string | null
}

export interface DirectoryEvidence {
  /** The original's final filesystem; undefined when it was not read. */
  filesystem?: OriginalFilesystem
  decided?: DecidedUser
  /** ENV in effect when the original runs. */
  env: Variables
  volumes: readonly Volume[]
  /** Why the program needs /tmp, when the source scan says it uses temporary files. */
  tmp?: string
  /** Directories the original's RUN lines made with mkdir. */
  made: RunEffects['directories']
  /** Absolute paths the original final stage COPYs into the image itself. */
  copiedPaths: readonly string[]
  /** 1-based line of the final stage's FROM, for findings about the image as a whole. */
  fromLine: number
}

/** Past this many, the rest are named in a warning rather than each made by hand. */
export const MAX_KEPT_DIRECTORIES = 50

const TMP_MODE = 0o1777
const MKDIR_MODE = 0o755

/**
 * The directories the program may write to in the original, to be made in the scratch image with
 * the same owner, group and mode: the runtime user's home, HOME, every VOLUME, whatever the
 * runtime user or group owns, what the image's own layers made world-writable, /tmp when the
 * program uses temporary files, and what its RUN lines made with mkdir. Without the original's
 * filesystem only the last two are known, and the result says so.
 */
export function writableDirectories(evidence: DirectoryEvidence): {
  directories: KeptDirectory[]
  warnings: Finding[]
} {
  const kept = evidence.filesystem
    ? fromFilesystem(evidence, evidence.filesystem)
    : fromDockerfile(evidence)
  const sorted = [...kept.values()].sort(byPath)
  // Named ones (home, HOME, VOLUME, /tmp, mkdir) first, so only found ones give way to the limit.
  const safe = sorted
    .filter(d => !UNSAFE_PATH.test(d.path))
    .sort((a, b) => Number(onlyFound(a)) - Number(onlyFound(b)))
  const line = evidence.fromLine
  const warnings: Finding[] = evidence.filesystem ? [] : [{ line, message: NOT_READ }]
  for (const d of sorted.filter(d => UNSAFE_PATH.test(d.path))) {
    warnings.push({
      line,
      message: `not made in the alternative: ${JSON.stringify(d.path)} has a control character in its name; create it yourself`
    })
  }
  if (safe.length > MAX_KEPT_DIRECTORIES) {
    const left = safe.slice(MAX_KEPT_DIRECTORIES)
    warnings.push({
      line,
      message: `${left.length} more directories the program may write to are not made in the alternative (${left
        .slice(0, 3)
        .map(d => d.path)
        .join(', ')}, …): copy them in with COPY --chown`
    })
  }
  return { directories: safe.slice(0, MAX_KEPT_DIRECTORIES).sort(byPath), warnings }
}

const OWNED = 'owned by the runtime user in the original'
const GROUP_OWNED = "owned by the runtime user's group in the original"
const WORLD_WRITABLE = 'world-writable in the original, made so by its own layers'

/** Kept only for its owner or mode, which a large tree has many of, not because something names it. */
function onlyFound(directory: KeptDirectory): boolean {
  return directory.reasons.every(r => r === OWNED || r === GROUP_OWNED || r === WORLD_WRITABLE)
}

function byPath(a: KeptDirectory, b: KeptDirectory): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

const NOT_READ =
  "the original's filesystem was not read: only the directories its mkdir lines name (and /tmp for temporary files) are made; check that the alternative has every directory the program writes to"

// A newline would end the RUN line; other control characters have no place in a Dockerfile.
// eslint-disable-next-line no-control-regex
const UNSAFE_PATH = /[\u0000-\u001f\u007f]/

function fromFilesystem(
  evidence: DirectoryEvidence,
  filesystem: OriginalFilesystem
): Map<string, KeptDirectory> {
  const byPath = new Map(filesystem.directories.map(d => [d.path, d]))
  const kept = new Map<string, KeptDirectory>()
  const keep = (directory: OriginalDirectory, reason: string): void => {
    const entry = kept.get(directory.path)
    if (entry) entry.reasons.push(reason)
    else {
      const { path, uid, gid, mode } = directory
      kept.set(path, { path, uid, gid, mode, reasons: [reason], gap: null })
    }
  }
  const keepPath = (path: string, reason: string): void => {
    const directory = byPath.get(path)
    if (directory) keep(directory, reason)
  }

  const original = evidence.decided?.original
  if (original?.home) keepPath(original.home.path, original.home.reason)
  const home = evidence.env.get('HOME')
  if (home) keepPath(home, `HOME=${home} in the original`)
  for (const volume of evidence.volumes)
    keepPath(volume.path, `a VOLUME of the original (line ${volume.line})`)
  const copied = (path: string): boolean =>
    evidence.copiedPaths.some(p => path === p || path.startsWith(`${p}/`))
  for (const directory of filesystem.directories) {
    // What the final stage copies in, its own COPY makes again with the same owner.
    if (copied(directory.path)) continue
    if (original && original.uid !== 0 && directory.uid === original.uid) {
      keep(directory, OWNED)
    } else if (original && original.gid !== 0 && directory.gid === original.gid) {
      keep(directory, GROUP_OWNED)
    }
    // The base image's own /tmp, /var/tmp or /run/lock say nothing about this program.
    if (directory.mode & 0o002 && !directory.fromBase) {
      keep(directory, WORLD_WRITABLE)
    }
  }
  if (evidence.tmp) {
    const tmp = byPath.get('/tmp')
    if (tmp) keep(tmp, evidence.tmp)
    else kept.set('/tmp', tmpDirectory(evidence.tmp, `no /tmp, though ${evidence.tmp}`))
  }
  for (const made of evidence.made)
    keepPath(made.path, `the original made it with mkdir (line ${made.line})`)
  return kept
}

/** Today's knowledge without the filesystem: /tmp from the source scan, mkdir and chown lines. */
function fromDockerfile(evidence: DirectoryEvidence): Map<string, KeptDirectory> {
  const kept = new Map<string, KeptDirectory>()
  const user = evidence.decided?.user
  const home = evidence.decided?.original?.home
  if (home && user) {
    // Distroless makes it 0700 for its nonroot user; nothing else is known without the layers.
    kept.set(home.path, {
      path: home.path,
      uid: Number(user.uid),
      gid: Number(user.gid),
      mode: 0o700,
      reasons: [home.reason],
      gap: null
    })
  }
  if (evidence.tmp) kept.set('/tmp', tmpDirectory(evidence.tmp, `no /tmp, though ${evidence.tmp}`))
  for (const made of evidence.made) {
    const owned = made.ownedBy !== undefined && user !== undefined
    kept.set(made.path, {
      path: made.path,
      uid: owned ? Number(user.uid) : 0,
      gid: owned ? Number(user.gid) : 0,
      mode: MKDIR_MODE,
      reasons: [
        `the original made it with mkdir (line ${made.line})${owned ? ' and handed it to the runtime user with chown' : ''}`
      ],
      gap: null
    })
  }
  return kept
}

function tmpDirectory(reason: string, gap: string): KeptDirectory {
  return { path: '/tmp', uid: 0, gid: 0, mode: TMP_MODE, reasons: [reason], gap }
}
