import type { Finding } from './types.js'
import type { ImageFacts } from './image-facts.js'
import { effectWarnings } from './find/run-effects.js'
import type { Stage } from './read/parse.js'
import { stageEndLine } from './read/stages.js'
import { addedBuildInsert } from './write/added-build.js'
import {
  buildChanges,
  freeStageName,
  ldflagsWarnings,
  moveRuntimeSettings,
  nameStage,
  rewriteBuilds,
  rootfsInsert
} from './write/build-stage-edits.js'
import type { PlannedChange } from './write/planned-change.js'
import type { DockerfileRewrite } from './write/render.js'
import { cgoRerunInsert } from './write/cgo-rerun.js'
import { goBuildCacheChanges } from './write/go-build-cache.js'
import { rootfsRun } from './write/rootfs.js'
import { fromScratchChange, scratchStage } from './write/scratch-stage.js'

/*
 * The second half of the plan: the edits to the user's own stages, the scratch stage, and the
 * changes and warnings that say what they do, in the order the plan lists them.
 */

/** The generated Dockerfile's parts, and what they change. */
export interface WrittenAlternative extends DockerfileRewrite {
  changes: PlannedChange[]
  warnings: Finding[]
}

/** Writes the alternative for an image whose facts allow one. */
export function writeAlternative(facts: ImageFacts): WrittenAlternative {
  const { parsed, finalStage, inPlace, binaries, shippedBuilds, added, link } = facts
  // Binaries come from where the original had them; CA bundle, zoneinfo and rootfs from the
  // stage that ran the go build, which has the Go toolchain and a shell.
  const copyStage = binaries[0].fromStage
  const toolchainStage = binaries[0].build?.stage ?? copyStage
  const newName = inPlace && !copyStage.name ? freeStageName(parsed) : undefined
  const named = newName ? nameStage(parsed, copyStage, newName) : undefined
  const reference = (stage: Stage): string =>
    stage.name ?? (stage === copyStage && newName ? newName : String(stage.index))

  const rewritten = rewriteBuilds(
    parsed,
    shippedBuilds.filter(build => build !== added?.build),
    link.mode
  )
  const addedRun = added && addedBuildInsert(parsed, added, link.mode)
  const cacheMounts = [...rewritten.mounts, ...(addedRun?.mount ? [addedRun.mount] : [])]
  const notes = [
    ...rewritten.notes,
    ...(addedRun ? [{ ...addedRun.notes, line: addedRun.insert.after + 1 }] : [])
  ]
  const reruns = (facts.imageBuild?.cgoReruns ?? []).map(cgoRerunInsert)
  const rootfs = rootfsRun(facts.needs, parsed.escape)
  const scratch = scratchStage({
    parsed,
    name: inPlace ? undefined : finalStage.name,
    copyStage: reference(copyStage),
    toolchainStage: reference(toolchainStage),
    buildHasGoRoot: toolchainStage.base.isGolang,
    fromLine: finalStage.fromLine + 1,
    needs: facts.needs,
    originalUser: facts.user,
    hasRootfs: rootfs !== undefined,
    binaries,
    commands: facts.commands,
    runtime: facts.runtime,
    inPlace: facts.inPlaceSettings
  })
  return {
    keepThrough: inPlace ? stageEndLine(parsed, finalStage) : finalStage.fromLine - 1,
    edits: [
      ...(named ? [named.edit] : []),
      ...rewritten.edits,
      ...(inPlace ? moveRuntimeSettings(parsed, facts.chain) : [])
    ],
    inserts: [
      ...(addedRun ? [addedRun.insert] : []),
      ...reruns.map(rerun => rerun.insert),
      ...(rootfs ? [rootfsInsert(shippedBuilds, toolchainStage, rootfs)] : [])
    ],
    scratchStage: scratch.lines,
    changes: [
      ...fromScratchChange(finalStage, inPlace),
      ...(named ? [named.change] : []),
      ...(added ? [added.change] : []),
      ...(facts.imageBuild?.changes ?? []).map(summary => ({ summary })),
      ...reruns.map(rerun => rerun.change),
      ...buildChanges(notes),
      ...goBuildCacheChanges(cacheMounts),
      ...link.changes.map(summary => ({ summary })),
      ...scratch.changes,
      ...facts.commands.changes.map(summary => ({ summary }))
    ],
    warnings: [
      ...facts.binaryWarnings,
      ...(facts.imageBuild?.warnings ?? []),
      ...facts.needs.warnings,
      ...scratch.warnings,
      ...link.warnings,
      ...ldflagsWarnings(notes),
      ...(inPlace ? [] : effectWarnings(facts.effects))
    ]
  }
}
