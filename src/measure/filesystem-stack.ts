import type { FileSize } from './types.js'
import { filesystemFactsOf, type FilesystemFacts } from './filesystem-facts.js'
import type { LayerEntry, Ownership } from './layer-entries.js'

export interface FilesystemAnalysis {
  /** The largest regular files of the final filesystem, largest first. */
  largestFiles: FileSize[]
  /** Bytes spent on paths that more than one layer writes or deletes, and the costliest paths. */
  wasted: { bytes: number; paths: FileSize[] }
  /** Directories and small files of the final filesystem, for the planner. */
  facts: FilesystemFacts
  /** The stacked final filesystem, for what else is read of it (the attack surface). */
  root: StackedNode
}

export interface AnalyzeOptions {
  /** How many of the lowest layers are the FROM image's. */
  baseLayers?: number
  /** How many of the largest and most wasteful paths to list. */
  limit?: number
}

/** One path of the stacked filesystem: a directory has `children`, anything else `bytes`. */
export interface StackedNode {
  children?: Map<string, StackedNode>
  /** Set for anything that is not a directory. */
  bytes?: number
  /** A link, device or fifo rather than a regular file. */
  special?: boolean
  /** The text kept for a small file the planner reads. */
  text?: string
  /** A regular file's or a hard link's permission bits. */
  mode?: number
  /** The packages of a package database. */
  packages?: number
  /** A directory's owner and mode, when a layer lists it (parents made implicitly have none). */
  owner?: Ownership
  /** The owner and mode it had once the FROM image's layers were stacked. */
  baseOwner?: Ownership
}

type Node = StackedNode

interface PathCost {
  /** Layers that wrote or deleted the path. */
  touches: number
  /** Bytes of every version written (a deletion adds nothing but counts as a touch). */
  bytes: number
}

/**
 * Stacks the layers (lowest first) as overlayfs would and measures waste the way dive does: a path
 * that two or more layers write or delete wastes the bytes of every version ever written there.
 * Deleting a directory (whiteout or opaque marker) counts as deleting each file under it.
 */
export function analyzeFilesystem(
  layers: readonly (readonly LayerEntry[])[],
  { baseLayers = 0, limit = 10 }: AnalyzeOptions = {}
): FilesystemAnalysis {
  const root: Node = { children: new Map() }
  const costs = new Map<string, PathCost>()
  const touch = (path: string, bytes: number): void => {
    const cost = costs.get(path)
    if (cost) {
      cost.touches++
      cost.bytes += bytes
    } else costs.set(path, { touches: 1, bytes })
  }
  const removeSubtree = (path: string, node: Node): void => {
    if (node.bytes !== undefined) touch(path, 0)
    for (const [name, child] of node.children ?? []) removeSubtree(joinPath(path, name), child)
  }

  for (const [index, layer] of layers.entries()) {
    // Whiteouts hide what the layers below hold, never what this layer adds, whatever the tar order.
    for (const entry of layer) {
      if (entry.kind === 'whiteout') {
        const { parent, name } = splitPath(entry.path)
        const dir = find(root, parent)
        const gone = dir?.children?.get(name)
        if (dir?.children && gone) {
          removeSubtree(entry.path, gone)
          dir.children.delete(name)
        }
      } else if (entry.kind === 'opaque') {
        const dir = find(root, entry.path)
        for (const [name, child] of dir?.children ?? []) {
          removeSubtree(joinPath(entry.path, name), child)
        }
        dir?.children?.clear()
      }
    }
    for (const entry of layer) {
      if (entry.kind === 'directory') {
        // A directory over a lower one merges with it and gives it its own owner and mode.
        if (entry.path !== '/') makeDirectories(root, entry.path).owner = entry.owner
        continue
      }
      if (entry.kind !== 'file' && entry.kind !== 'other') continue
      const { parent, name } = splitPath(entry.path)
      const dir = makeDirectories(root, parent)
      const replaced = dir.children!.get(name)
      if (replaced?.children) removeSubtree(entry.path, replaced)
      dir.children!.set(name, {
        bytes: entry.bytes,
        ...(entry.kind === 'other' ? { special: true } : {}),
        ...(entry.text !== undefined ? { text: entry.text } : {}),
        ...(entry.mode !== undefined ? { mode: entry.mode } : {}),
        ...(entry.packages !== undefined ? { packages: entry.packages } : {})
      })
      touch(entry.path, entry.bytes)
    }
    if (index === baseLayers - 1) rememberBaseOwners(root)
  }

  const files: FileSize[] = []
  collectFiles(root, '', files)
  const wastedPaths: FileSize[] = []
  let wastedBytes = 0
  for (const [path, cost] of costs) {
    if (cost.touches < 2 || cost.bytes === 0) continue
    wastedBytes += cost.bytes
    wastedPaths.push({ path, bytes: cost.bytes })
  }
  return {
    largestFiles: largestFirst(files, limit),
    wasted: { bytes: wastedBytes, paths: largestFirst(wastedPaths, limit) },
    facts: filesystemFactsOf(root),
    root
  }
}

function rememberBaseOwners(node: Node): void {
  for (const child of node.children?.values() ?? []) {
    if (!child.children) continue
    child.baseOwner = child.owner
    rememberBaseOwners(child)
  }
}

function largestFirst(sizes: FileSize[], limit: number): FileSize[] {
  return sizes.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, limit)
}

function splitPath(path: string): { parent: string; name: string } {
  const slash = path.lastIndexOf('/')
  return { parent: slash <= 0 ? '/' : path.slice(0, slash), name: path.slice(slash + 1) }
}

function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`
}

function segments(path: string): string[] {
  return path.split('/').filter(part => part !== '')
}

function find(root: Node, path: string): Node | undefined {
  let node: Node | undefined = root
  for (const part of segments(path)) node = node?.children?.get(part)
  return node
}

function makeDirectories(root: Node, path: string): Node {
  let node = root
  for (const part of segments(path)) {
    let next = node.children!.get(part)
    // A file where a directory is needed was replaced by that directory in this layer.
    if (!next || !next.children) {
      next = { children: new Map() }
      node.children!.set(part, next)
    }
    node = next
  }
  return node
}

function collectFiles(node: Node, path: string, into: FileSize[]): void {
  for (const [name, child] of node.children ?? []) {
    const childPath = `${path}/${name}`
    if (child.children) collectFiles(child, childPath, into)
    else if (child.bytes) into.push({ path: childPath, bytes: child.bytes })
  }
}
