import { formatBytes } from '../../core/format.js'
import type { GoFacts } from '../../go-source/types.js'
import type { Finding } from '../types.js'
import { DISTROLESS_STATIC, type Blocker } from './commands.js'
import type { CopiedBinary } from './copied-binaries.js'
import type { HiddenBuild } from './hidden-build.js'
import { DISTROLESS_BASE } from './link-mode.js'
import type { Stage, StageInstruction } from '../read/parse.js'
import { buildsOn, stageChain } from '../read/stages.js'

/*
 * The second way to an alternative: the build stays as the user wrote it (make, a script, a
 * wrapper of go) and the scratch stage copies the binaries it made. What can still be done is
 * decided from those binaries: one linked against the C library is built again with
 * CGO_ENABLED=0 when the program needs no cgo, and one that is not stripped is reported with
 * what stripping would save and where the flags go.
 */

/** A RUN of a build stage to run with CGO_ENABLED=0, for the dynamically linked binaries it makes. */
export interface CgoRerun {
  stage: Stage
  instruction: StageInstruction
  /** The build tool's command, when the RUN is one (`make build`). */
  hidden?: HiddenBuild
  binaries: CopiedBinary[]
}

/** `make -n` in the build stage: prints the commands of a make target without running them. */
export interface MakeDryRun {
  stage: Stage
  hidden: HiddenBuild
  /** Binaries (their paths in the build stage) whose go build the output should show. */
  sources: string[]
}

export interface ImageBuildDecision {
  cgoReruns: CgoRerun[]
  blockers: Blocker[]
  changes: string[]
  warnings: Finding[]
  makeDryRun?: MakeDryRun
}

/** What the alternative does with binaries a hidden build made. */
export function decideImageBuild(
  facts: GoFacts,
  copied: readonly CopiedBinary[],
  hidden: readonly HiddenBuild[]
): ImageBuildDecision {
  const decision: ImageBuildDecision = { cgoReruns: [], blockers: [], changes: [], warnings: [] }
  const buildOf = (binary: CopiedBinary): HiddenBuild | undefined =>
    hidden.filter(h => buildsOn(binary.fromStage, h.stage)).at(-1)

  for (const binary of copied.filter(b => b.fromContext)) {
    decision.blockers.push({
      line: binary.copy.startLine + 1,
      message: `${binary.image.path} is a Go program copied in prebuilt from the build context: the alternative takes its CA bundle and /etc/passwd from the stage that builds the program; build it in the Dockerfile, or name its main package with the go-package input`,
      nearest: DISTROLESS_STATIC
    })
  }
  const dynamic = copied.filter(b => !b.image.static && !b.fromContext)
  const needsCgo = facts.usesCgo || facts.cgoModules.length > 0
  if (dynamic.length > 0 && needsCgo) {
    const why = facts.usesCgo ? 'import "C"' : facts.cgoModules.join(', ')
    for (const binary of dynamic) {
      decision.blockers.push({
        line: binary.copy.startLine + 1,
        message: `${binary.image.path} is linked against ${librariesOf(binary)} and the program needs cgo (${why}): a build the Dockerfile hides cannot be linked statically from here; link it statically in the build (-ldflags "-linkmode external -extldflags -static"), or name the main package with the go-package input`,
        nearest: DISTROLESS_BASE
      })
    }
  } else {
    decision.cgoReruns = rerunsFor(dynamic, buildOf)
  }

  const rebuilt = new Set(decision.cgoReruns.flatMap(rerun => rerun.binaries))
  for (const [build, binaries] of groupBy(copied, buildOf)) {
    const kept = build
      ? `kept RUN ${build.command} (line ${build.instruction.startLine + 1})`
      : 'kept the build stage as it is'
    const list = binaries.map(b => `${b.source} (${describe(b, rebuilt.has(b))})`).join(', ')
    decision.changes.push(`${kept}; the scratch stage copies ${list}`)
    const unstripped = binaries.filter(b => !b.image.stripped)
    if (unstripped.length > 0) {
      const saved = unstripped.reduce((sum, b) => sum + b.image.strippable, 0)
      const wrapper = build && /.-go$/.test(build.words[0]?.split('/').at(-1) ?? '')
      const where = !build
        ? 'in the go build of the build stage'
        : wrapper
          ? `added to RUN ${build.command}`
          : `in the go build that RUN ${build.command} runs`
      decision.warnings.push({
        line: (build?.instruction ?? (unstripped[0] as CopiedBinary).copy).startLine + 1,
        message: `${unstripped.map(b => b.source).join(', ')} not stripped: -ldflags="-s -w" ${where} would save ${formatBytes(saved)}`
      })
      if (build && /^g?make$/.test(build.words[0]?.split('/').at(-1) ?? '')) {
        decision.makeDryRun = {
          stage: build.stage,
          hidden: build,
          sources: unstripped.map(b => b.source)
        }
      }
    }
  }
  return decision
}

/** One RUN per build stage: its hidden build, or else its last RUN. */
function rerunsFor(
  dynamic: readonly CopiedBinary[],
  buildOf: (binary: CopiedBinary) => HiddenBuild | undefined
): CgoRerun[] {
  const reruns = new Map<StageInstruction, CgoRerun>()
  for (const binary of dynamic) {
    const hidden = buildOf(binary)
    const instruction =
      hidden?.instruction ??
      stageChain(binary.fromStage)
        .flatMap(stage => stage.instructions)
        .filter(i => i.keyword === 'RUN')
        .at(-1)
    if (!instruction) continue
    const stage = hidden?.stage ?? binary.fromStage
    const rerun = reruns.get(instruction) ?? { stage, instruction, hidden, binaries: [] }
    rerun.binaries.push(binary)
    reruns.set(instruction, rerun)
  }
  return [...reruns.values()]
}

function describe(binary: CopiedBinary, rebuilt: boolean): string {
  const { image } = binary
  const link = image.static
    ? 'static'
    : rebuilt
      ? `linked against ${librariesOf(binary)}, so built again with CGO_ENABLED=0`
      : `linked against ${librariesOf(binary)}`
  const ldflags = image.settings['-ldflags'] ?? ''
  const byFlags = /(^|\s)-s(\s|=|$)/.test(ldflags) && /(^|\s)-w(\s|=|$)/.test(ldflags)
  const strip = !image.stripped
    ? 'not stripped'
    : byFlags
      ? 'already stripped by the build\'s -ldflags "-s -w"'
      : 'already stripped'
  return `${link}, ${strip}`
}

function librariesOf(binary: CopiedBinary): string {
  const { libraries, interpreter } = binary.image
  return libraries.length > 0 ? libraries.join(', ') : (interpreter ?? 'the C library')
}

function groupBy<K, V>(values: readonly V[], key: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>()
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value])
  return groups
}
