import type { AlternativePlan, PlanInput } from './types.js'
import { findImageFacts } from './image-facts.js'
import { BUSYBOX, DISTROLESS_STATIC, type Blocker } from './find/commands.js'
import { DISTROLESS_BASE } from './find/link-mode.js'
import { gapsOf } from './write/planned-change.js'
import { renderDockerfile } from './write/render.js'
import { writeAlternative } from './written-alternative.js'

/**
 * Plans a `FROM scratch` alternative to a Go image's Dockerfile: the user's build stages with
 * the go build made static and stripped, then a scratch stage with the binary and only the
 * files the program needs. Pure: the same input always gives the same plan.
 */
export function planAlternative(input: PlanInput): AlternativePlan {
  const facts = findImageFacts(input)
  if ('reason' in facts) return { kind: 'not-applicable', reason: facts.reason }
  if (facts.blockers.length > 0) return notPossible(facts.blockers)
  const written = writeAlternative(facts)
  const { parsed, finalStage, inPlace } = facts
  const plan: AlternativePlan = {
    kind: 'generated',
    dockerfile: renderDockerfile(parsed.lines, written),
    changes: written.changes.map(({ summary }) => ({ summary })),
    warnings: written.warnings
  }
  if (!inPlace && finalStage.image === 'scratch') {
    plan.alreadyMinimal = { gaps: gapsOf(written.changes) }
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
