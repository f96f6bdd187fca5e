import { formatBytes, formatChange } from '../core/format.js'
import type { DriftEntry } from './history.js'

// What a history says, computed once for the issue body, the alert and the terminal report alike.

/** A `FROM` image whose digest differs between two runs. */
export interface BaseChange {
  image: string
  from: string
  to: string
}

/** A base digest change as it happened in the history: when, and what the image did in that run. */
export interface DigestChangeEvent extends BaseChange {
  time: string
  /** Size change of the whole image in the run that saw the new digest. */
  delta: number
}

/** Images present in both runs whose digest changed (an image added or removed is a Dockerfile edit). */
export function changedBases(previous: DriftEntry, current: DriftEntry): BaseChange[] {
  const before = new Map(previous.bases.map(base => [base.image, base.digest]))
  return current.bases.flatMap(({ image, digest }) => {
    const from = before.get(image)
    return from !== undefined && from !== digest ? [{ image, from, to: digest }] : []
  })
}

/** Every base digest change between consecutive runs, oldest first. */
export function digestChanges(entries: DriftEntry[]): DigestChangeEvent[] {
  return entries.slice(1).flatMap((current, index) => {
    const previous = entries[index] as DriftEntry
    const delta = current.size - previous.size
    return changedBases(previous, current).map(change => ({ ...change, time: current.time, delta }))
  })
}

/** The alternative's change, or a dash when either run had none. */
export function describeOptionalChange(from: number | undefined, to: number | undefined): string {
  return from === undefined || to === undefined ? '—' : formatChange(from, to)
}

export function optionalBytes(bytes: number | undefined): string {
  return bytes === undefined ? '—' : formatBytes(bytes)
}

/** `2026-11-20` (UTC) */
export function runDate(time: string): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** `2026-11-20 06:00` (UTC): runs on one day stay apart. */
export function runMinute(time: string): string {
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ')
}

/** The first 12 hex digits of a digest, as `docker images` shows an ID. */
export function shortDigest(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12)
}

export function isHexCommit(commit: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(commit)
}

/** A commit as people quote it: seven hex digits, or whatever else it was, as it was. */
export function shortCommit(commit: string): string {
  return isHexCommit(commit) ? commit.slice(0, 7) : commit
}

/** The run kept just before the given one, if any. */
export function previousRun(entries: DriftEntry[], runId: string): DriftEntry | undefined {
  const index = entries.findIndex(entry => entry.runId === runId)
  return index > 0 ? entries[index - 1] : undefined
}
