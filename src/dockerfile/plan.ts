import type { AlternativePlan, PlanInput } from './types.js'
import { findImageFacts } from './image-facts.js'
import { BUSYBOX, DISTROLESS_STATIC, type Blocker } from './find/commands.js'
import { DISTROLESS_BASE } from './find/link-mode.js'
import { gapsOf } from './write/planned-change.js'
import { renderDockerfile } from './write/render.js'
import { stageEndLine } from './read/stages.js'
import { writeAlternative } from './written-alternative.js'

/**
 * Plans a `FROM scratch` alternative to a Go image's Dockerfile: the user's build stages with
 * the go build made static and stripped, then a scratch stage with the binary and only the
 * files the program needs. Pure: the same input always gives the same plan.
 */
export function planAlternative(input: PlanInput): AlternativePlan {
  const facts = findImageFacts(input)
  if ('reason' in facts) return { kind: 'not-applicable', reason: facts.reason }
  if (!('parsed' in facts) || facts.blockers.length > 0) return notPossible(facts.blockers)
  const written = writeAlternative(facts)
  const { parsed, finalStage, inPlace, imageBuild } = facts
  const plan: AlternativePlan = {
    kind: 'generated',
    dockerfile: renderDockerfile(parsed.lines, written),
    changes: written.changes.map(({ summary }) => ({ summary })),
    warnings: written.warnings,
    runtimeNeedsFrom: facts.needs.decidedBy
  }
  if (!inPlace && finalStage.image === 'scratch') {
    plan.alreadyMinimal = { gaps: gapsOf(written.changes) }
  }
  const rebuilt = imageBuild?.cgoReruns.flatMap(rerun =>
    rerun.binaries.map(b => ({ path: b.target, line: rerun.instruction.startLine + 1 }))
  )
  if (rebuilt && rebuilt.length > 0) plan.rebuiltStatic = rebuilt
  const dryRun = imageBuild?.makeDryRun
  if (dryRun) {
    const { hidden } = dryRun
    plan.makeDryRun = {
      dockerfile: `${parsed.lines.slice(0, stageEndLine(parsed, hidden.stage) + 1).join('\n')}\n`,
      workdir: hidden.cwd,
      command: hidden.command.replace(/^\S+/, make => `${make} -n -B --trace`),
      line: hidden.instruction.startLine + 1,
      sources: dryRun.sources
    }
  }
  return plan
}

/** The nearest base is the most capable one any blocker asks for. */
function notPossible(blockers: readonly Blocker[]): AlternativePlan {
  const rank = [DISTROLESS_STATIC, BUSYBOX, DISTROLESS_BASE]
  const nearest = blockers.map(b => b.nearest).sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0]
  return {
    kind: 'not-possible',
    blockers: blockers.map(({ line, message }) => ({ line, message })),
    nearest
  }
}
