import type { Instruction } from 'dockerfile-ast'
import type { StageInstruction } from './parse.js'

/** The value a USER instruction sets, variables expanded; undefined for an empty one. */
export function userSetBy(
  node: Instruction,
  expand: (value: string) => string
): string | undefined {
  return expand(node.getArgumentsContent() ?? '').trim() || undefined
}

/** A USER value, read: `app:app`, `10001`, `root`. */
export interface User {
  /** As set, variables expanded; undefined when nothing sets one, which means root. */
  written?: string
  /** The part before `:`, a name or a uid; empty when unset. */
  name: string
  /** The part after `:`, when there is one. */
  group?: string
  /** Root in so many words: `root` or `0`, with any group. */
  isRoot: boolean
  /** The USER instruction that set it; undefined when the base image or nothing did. */
  setBy?: StageInstruction
}

/** Reads a USER value, e.g. the `user` a stage or instruction runs as. */
export function readUser(written: string | undefined, setBy?: StageInstruction): User {
  const value = written?.trim() || undefined
  const [name = '', group] = (value ?? '').split(':')
  return { written: value, name, group, isRoot: name === 'root' || name === '0', setBy }
}
