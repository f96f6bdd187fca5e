/**
 * One line of the plan's `changes`. When the original already ends in scratch the same finding
 * is reported as a gap, phrased as what the original lacks: `gap` holds that phrasing, or null
 * when the change fixes nothing in such an image (an absolute `-o` path, a renamed stage).
 */
export interface PlannedChange {
  summary: string
  gap?: string | null
}

/** The gaps of an already-minimal original, in the order of its changes. */
export function gapsOf(changes: readonly PlannedChange[]): string[] {
  return changes.flatMap(c => (c.gap === null ? [] : [c.gap ?? c.summary]))
}
