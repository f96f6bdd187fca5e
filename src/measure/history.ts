/** One entry of an image config's `history` (OCI image spec). */
export interface HistoryEntry {
  created_by?: string
  comment?: string
  empty_layer?: boolean
}

/**
 * The instruction behind each filesystem layer. History also lists instructions that made no
 * layer (ENV, CMD, often WORKDIR), marked `empty_layer`; skipping those lines the rest up with
 * RootFS.Layers. When the counts disagree (an imported base without history) the newest entries
 * are matched to the newest layers, since those are the ones this build made.
 */
export function instructionsForLayers(
  history: readonly HistoryEntry[] | undefined,
  layerCount: number
): string[] {
  const layerMaking = (history ?? []).filter(entry => entry.empty_layer !== true)
  const matched = layerMaking.slice(Math.max(0, layerMaking.length - layerCount))
  const missing = layerCount - matched.length
  return [
    ...Array.from({ length: missing }, () => ''),
    ...matched.map(entry => cleanInstruction(entry.created_by ?? ''))
  ]
}

/**
 * Shows `created_by` as the Dockerfile line a reader wrote: drops BuildKit's `# buildkit`
 * suffix and build-arg prefix, and the classic builder's `/bin/sh -c #(nop)` wrapper.
 */
export function cleanInstruction(createdBy: string): string {
  let text = createdBy.trim().replace(/\s+# buildkit$/, '')
  const nop = /^\/bin\/sh -c #\(nop\)\s+/.exec(text)
  if (nop) return text.slice(nop[0].length).trim()
  if (text.startsWith('/bin/sh -c ')) return `RUN ${text.slice('/bin/sh -c '.length)}`
  text = text.replace(/^RUN \|\d+ .*?\/bin\/sh -c /, 'RUN ')
  return text.replace(/^RUN \/bin\/sh -c /, 'RUN ')
}
