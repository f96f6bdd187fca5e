import type { LayerEntry } from './layer-entries.js'
import type { LayerExecutable } from './go-executables.js'
import type { GoExecutable, UnreadExecutable } from './types.js'

/**
 * The executables of the final filesystem: one a later layer overwrites, deletes (whiteout) or
 * hides (an opaque directory, or a file put where one of its directories was) is gone.
 */
export function finalExecutables(
  layers: readonly { entries: readonly LayerEntry[]; executables: readonly LayerExecutable[] }[]
): { binaries: GoExecutable[]; unread: UnreadExecutable[] } {
  const binaries: GoExecutable[] = []
  const unread: UnreadExecutable[] = []
  // Walk from the top layer down, remembering what the layers above do to each path.
  const written = new Set<string>()
  const removed = new Set<string>()
  const hidden = new Set<string>()
  for (let index = layers.length - 1; index >= 0; index--) {
    const layer = layers[index]!
    for (const executable of layer.executables) {
      if (isGone(executable.path, written, removed, hidden)) continue
      if (executable.kind === 'go') {
        binaries.push({ ...withoutKind(executable), layer: index })
      } else {
        unread.push({
          path: executable.path,
          layer: index,
          bytes: executable.bytes,
          reason: executable.reason
        })
      }
    }
    for (const entry of layer.entries) {
      if (entry.kind === 'whiteout') removed.add(entry.path)
      else if (entry.kind === 'opaque') hidden.add(entry.path)
      else written.add(entry.path)
    }
  }
  const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : 1)
  return { binaries: binaries.sort(byPath), unread: unread.sort(byPath) }
}

function withoutKind<T extends { kind: string }>(value: T): Omit<T, 'kind'> {
  const copy: Partial<T> = { ...value }
  delete copy.kind
  return copy as Omit<T, 'kind'>
}

function isGone(
  path: string,
  written: ReadonlySet<string>,
  removed: ReadonlySet<string>,
  hidden: ReadonlySet<string>
): boolean {
  if (written.has(path) || removed.has(path)) return true
  for (let dir = parentOf(path); dir !== '/'; dir = parentOf(dir)) {
    if (removed.has(dir) || hidden.has(dir) || written.has(dir)) return true
  }
  return false
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash <= 0 ? '/' : path.slice(0, slash)
}
