import { posix } from 'node:path'
import type { ImageBinary } from '../types.js'
import { copySource, destinationOf, type ShippedBinary } from './binaries.js'
import {
  expandedCopyOperands,
  type ParsedDockerfile,
  type Stage,
  type StageInstruction
} from '../read/parse.js'

/*
 * A build the Dockerfile hides (make, a script, a wrapper) leaves no go command to read, but the
 * image it made holds the binaries: each Go executable the measurement found is traced back to
 * the final stage's COPY that put it there, so the scratch stage can repeat that COPY as written
 * (its globs resolve against what the build produced, as they did for the original).
 */

/** A measured Go executable and the final-stage COPY that brought it. */
export interface CopiedBinary extends ShippedBinary {
  image: ImageBinary
  copy: StageInstruction
}

/**
 * The Go executables the final stage copies in, latest COPY first when two write one path; and
 * the ones no COPY brings (a RUN of the final stage made them).
 */
export function copiedBinaries(
  parsed: ParsedDockerfile,
  finalStage: Stage,
  runtime: readonly StageInstruction[],
  shipped: readonly ImageBinary[]
): { copied: CopiedBinary[]; uncopied: ImageBinary[] } {
  const copies = runtime.filter(i => i.keyword === 'COPY' || i.keyword === 'ADD').reverse()
  const copied: CopiedBinary[] = []
  const uncopied: ImageBinary[] = []
  for (const image of shipped) {
    const found = copies
      .map(copy => ({
        copy,
        source: sourceOf(copy, finalStage, image.path, copySource(parsed, copy) !== undefined)
      }))
      .find(match => match.source !== undefined)
    if (!found) {
      uncopied.push(image)
      continue
    }
    const from = copySource(parsed, found.copy)
    copied.push({
      image,
      copy: found.copy,
      fromStage: from ?? finalStage,
      fromContext: from === undefined,
      source: found.source as string,
      target: image.path,
      isDirectory: false
    })
  }
  return { copied, uncopied }
}

/**
 * Where this COPY takes the file it puts at `path` from (in the stage it copies from, or in the
 * build context), or undefined when it puts none there.
 */
function sourceOf(
  copy: StageInstruction,
  stage: Stage,
  path: string,
  fromStage: boolean
): string | undefined {
  const operands = expandedCopyOperands(copy)
  const sources = operands.slice(0, -1)
  const destination = destinationOf(copy, operands, stage)
  const base = (source: string): string =>
    fromStage ? posix.resolve('/', source) : posix.normalize(source)
  if (!destination.isDirectory && sources.length === 1) {
    if (path === destination.path) return base(sources[0] as string)
    // A directory copied to a path of its own: the file is inside it.
    return inside(path, destination.path, base(sources[0] as string))
  }
  for (const source of sources) {
    const name = posix.basename(source)
    if (/[*?[]/.test(name)) {
      const inDestination = posix.dirname(path) === destination.path
      if (inDestination && globMatches(name, posix.basename(path))) {
        return posix.join(base(posix.dirname(source)), posix.basename(path))
      }
    } else if (path === posix.join(destination.path, name)) return base(source)
  }
  // A directory's contents copied in: the file is somewhere inside one of the sources.
  const only = sources.length === 1 ? (sources[0] as string) : undefined
  return only && !/[*?[]/.test(only) ? inside(path, destination.path, base(only)) : undefined
}

function inside(path: string, destination: string, source: string): string | undefined {
  const prefix = destination === '/' ? '/' : `${destination}/`
  return path.startsWith(prefix) ? posix.join(source, path.slice(prefix.length)) : undefined
}

/** A shell glob of one path element (`*`, `?`, `[…]`), as COPY matches file names. */
function globMatches(pattern: string, name: string): boolean {
  let regex = '^'
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '*') regex += '[^/]*'
    else if (c === '?') regex += '[^/]'
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1)
      if (close === -1) regex += '\\['
      else {
        const body = pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        regex += `[${body}]`
        i = close
      }
    } else regex += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`${regex}$`).test(name)
}
