import type { Ownership } from './layer-entries.js'
import type { StackedNode } from './filesystem-stack.js'

/**
 * What the planner needs of an image's final filesystem, read in the same pass as its sizes: the
 * directories with their owners and modes (where the program may write), and the text of the few
 * small files that say who the users are. Contents of other files are never kept.
 */
export interface FilesystemFacts {
  /** Every directory a layer lists, as overlayfs stacks them, the root aside; sorted by path. */
  directories: DirectoryFact[]
  /** Each of READ_FILES that the final filesystem holds: its text, or why it was not read. */
  files: FileFact[]
}

export interface DirectoryFact extends Ownership {
  path: string
  /** The FROM image's layers left it with this owner and mode; the image's own did not change it. */
  fromBase: boolean
}

export type FileFact = { path: string; text: string } | { path: string; unread: string }

/** Files whose text is kept: who the image's users and groups are, and their homes. */
export const READ_FILES: readonly string[] = ['/etc/passwd', '/etc/group']

/** Past this a file is not held in memory; its absence is said, not guessed around. */
export const MAX_READ_BYTES = 64 * 1024

/** Whether to keep the text of the file a layer writes at `path`. */
export function keepsText(path: string, bytes: number): boolean {
  return READ_FILES.includes(path) && bytes <= MAX_READ_BYTES
}

/** The facts of the stacked final filesystem. */
export function filesystemFactsOf(root: StackedNode): FilesystemFacts {
  const directories: DirectoryFact[] = []
  const visit = (node: StackedNode, path: string): void => {
    for (const [name, child] of node.children ?? []) {
      const childPath = `${path}/${name}`
      if (!child.children) continue
      if (child.owner) {
        directories.push({
          path: childPath,
          ...child.owner,
          fromBase: child.baseOwner !== undefined && sameOwnership(child.owner, child.baseOwner)
        })
      }
      visit(child, childPath)
    }
  }
  visit(root, '')
  directories.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { directories, files: READ_FILES.flatMap(path => fileFact(root, path)) }
}

function fileFact(root: StackedNode, path: string): FileFact[] {
  let node: StackedNode | undefined = root
  for (const part of path.split('/').filter(Boolean)) node = node?.children?.get(part)
  if (!node) return []
  if (node.children) return [{ path, unread: 'it is a directory' }]
  if (node.special) return [{ path, unread: 'it is a link or a device, which is not followed' }]
  if (node.text === undefined) {
    return [{ path, unread: `it is ${node.bytes} bytes, over the ${MAX_READ_BYTES} bytes read` }]
  }
  return [{ path, text: node.text }]
}

function sameOwnership(a: Ownership, b: Ownership): boolean {
  return a.uid === b.uid && a.gid === b.gid && a.mode === b.mode
}
