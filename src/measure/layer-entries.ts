/**
 * What one entry of a layer tar does to the filesystem.
 * - `file`: a regular file of `bytes` bytes
 * - `directory`: a directory, kept for its owner and mode (see filesystem-facts.ts)
 * - `other`: a symlink, hard link, device or fifo (no bytes of its own)
 * - `whiteout`: deletes `path` (file or directory) from the layers below
 * - `opaque`: hides everything the layers below put under the directory `path`
 */
export type LayerEntryKind = 'file' | 'directory' | 'other' | 'whiteout' | 'opaque'

export interface LayerEntry {
  /** Absolute path in the image filesystem, e.g. `/usr/bin/env`. */
  path: string
  kind: LayerEntryKind
  bytes: number
  /** A directory's owner and permission bits. */
  owner?: Ownership
  /** The text of a file the planner reads (filesystem-facts.ts), when it was small enough. */
  text?: string
  /** A regular file's or a hard link's permission bits, setuid and setgid included. */
  mode?: number
  /** The packages a package database lists (package-databases.ts), when it was read. */
  packages?: number
}

/** Numeric owner, group and permission bits (with setuid, setgid and sticky), e.g. 0o1777. */
export interface Ownership {
  uid: number
  gid: number
  mode: number
}

/** The parts of a tar header that matter here (tar-stream's names). */
export interface TarHeaderLike {
  name: string
  type?: string | null
  size?: number
  mode?: number
  uid?: number
  gid?: number
}

const WHITEOUT_PREFIX = '.wh.'
const OPAQUE_MARKER = '.wh..wh..opq'

/** `./usr/bin/` and `usr/bin` both become `/usr/bin`; the root is `/`. */
export function normalizePath(name: string): string {
  const parts = name.split('/').filter(part => part !== '' && part !== '.')
  return `/${parts.join('/')}`
}

/** Reads one tar header as a filesystem change; undefined for aufs bookkeeping. */
export function toLayerEntry(header: TarHeaderLike): LayerEntry | undefined {
  const path = normalizePath(header.name)
  const slash = path.lastIndexOf('/')
  const parent = slash === 0 ? '/' : path.slice(0, slash)
  const base = path.slice(slash + 1)
  if (base === OPAQUE_MARKER) return { path: parent, kind: 'opaque', bytes: 0 }
  // Other `.wh..wh.` names are aufs hard-link bookkeeping, not files of the image.
  if (path.includes(`/${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) return undefined
  if (base.startsWith(WHITEOUT_PREFIX)) {
    const target = base.slice(WHITEOUT_PREFIX.length)
    return {
      path: parent === '/' ? `/${target}` : `${parent}/${target}`,
      kind: 'whiteout',
      bytes: 0
    }
  }
  switch (header.type) {
    case 'directory':
      return {
        path,
        kind: 'directory',
        bytes: 0,
        // The mode field may carry the file type bits too; only permissions are the directory's.
        owner: { uid: header.uid ?? 0, gid: header.gid ?? 0, mode: (header.mode ?? 0o755) & 0o7777 }
      }
    case 'file':
    case 'contiguous-file':
    case undefined:
    case null:
      return { path, kind: 'file', bytes: header.size ?? 0, mode: (header.mode ?? 0) & 0o7777 }
    // A hard link is a second name of a file, with that file's mode: `find -type f` counts it.
    case 'link':
      return { path, kind: 'other', bytes: 0, mode: (header.mode ?? 0) & 0o7777 }
    default:
      return { path, kind: 'other', bytes: 0 }
  }
}
