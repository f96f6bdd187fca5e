import { checkBudget, type Budget } from '../core/budget.js'
import type { Inputs } from '../core/inputs.js'
import { DISTROLESS_BASE } from '../dockerfile/find/link-mode.js'
import { planAlternative } from '../dockerfile/plan.js'
import type { Finding, ImageBinary } from '../dockerfile/types.js'
import type { GoFacts } from '../go-source/types.js'
import type { FilesystemFacts, ImageMeasurement } from '../measure/index.js'
import { savingsOf, type AlternativeReport } from '../report/model.js'
import { buildImage, removeTags, type BuildOutcome } from '../tools/buildx.js'
import { checkAlternative, type AlternativeChecks } from './alternative-checks.js'
import type { AnalyzeOptions } from './analyze.js'
import { writtenBuildRequest } from './build-request.js'
import { claimedStatus } from './claimed-status.js'
import type { EarlyAlternative } from './early-alternative.js'
import { makeDryRunAdvice } from './make-dry-run.js'
import { largestBinary } from '../report/inside.js'

/** The original image, as the alternative is compared with it. */
export interface Original {
  tag: string
  image: ImageMeasurement
  /** Its final filesystem, from which the plan keeps the directories the program writes to. */
  filesystem?: FilesystemFacts
}

/** What `alternative: none` reports. */
export function skippedAlternative(): AlternativeReport {
  return {
    status: 'skipped',
    summary: 'the alternative input is none',
    changes: [],
    blockers: [],
    warnings: []
  }
}

/** Where the alternative is built: its tag, and the build started before the measurement. */
export interface AlternativeBuild {
  tag: string
  /** Hears of each tag once a build made it, so the caller removes it whatever happens next. */
  onTagged(tag: string): void
  early?: EarlyAlternative
}

/**
 * Plans the scratch alternative from the Dockerfile, the Go sources and the original's
 * measurement, builds it (or takes the early build, when it built the same Dockerfile), measures
 * it and runs it beside the original.
 */
export async function buildAlternative(
  inputs: Inputs,
  { dockerfile, go }: { dockerfile: string; go: GoFacts },
  original: Original,
  build: AlternativeBuild,
  { docker, cache, progress }: AnalyzeOptions
): Promise<AlternativeReport> {
  const { tag, onTagged } = build
  const plan = planAlternative({
    dockerfile,
    target: inputs.target,
    buildArgs: inputs.buildArgs,
    go,
    goPackage: inputs.goPackage,
    filesystem: original.filesystem,
    shipped: ownBinaries(original.image)
  })
  const empty = { changes: [], blockers: [], warnings: [] }
  if (plan.kind === 'not-applicable')
    return { ...empty, status: 'not-applicable', summary: plan.reason }
  if (plan.kind === 'not-possible') {
    return {
      ...empty,
      status: 'not-possible',
      summary: plan.blockers.map(b => b.message).join('; '),
      blockers: plan.blockers,
      nearest: plan.nearest
    }
  }
  const advice = plan.makeDryRun
    ? await makeDryRunAdvice(inputs, plan.makeDryRun, `${tag}-make-n`, onTagged, docker)
    : undefined
  const generated = {
    ...empty,
    dockerfile: plan.dockerfile,
    changes: plan.changes.map(change => change.summary),
    warnings: [...plan.warnings, ...(advice ? [advice] : []), ...scanLimitWarning(go)],
    gaps: plan.alreadyMinimal?.gaps,
    runtimeNeedsFrom: plan.runtimeNeedsFrom
  }
  progress.info('Generated Dockerfile:\n' + plan.dockerfile)
  const built = await buildPlanned(inputs, plan.dockerfile, build, { docker, progress })
  if (!built.ok) {
    return {
      ...generated,
      status: 'build-failed',
      summary: built.failure.step ?? built.failure.reason,
      buildFailure: built.failure
    }
  }
  onTagged(tag)
  const { image, parity } =
    (await built.checks) ??
    (await checkAlternative(original.tag, tag, inputs.verify, {
      docker,
      cache,
      onProgress: progress.measuring?.bind(progress)
    }))
  const stillDynamic = stillLinked(plan.rebuiltStatic ?? [], image)
  if (stillDynamic.length > 0) {
    return {
      ...generated,
      status: 'not-possible',
      summary: stillDynamic.map(b => b.message).join('; '),
      blockers: stillDynamic,
      nearest: DISTROLESS_BASE,
      image,
      savings: savingsOf(original.image.size, image.size)
    }
  }
  return {
    ...generated,
    ...claimedStatus(parity, go),
    image,
    budget: alternativeBudget(inputs.budget, image),
    savings: savingsOf(original.image.size, image.size),
    details:
      parity.status === 'differs'
        ? parity.differences
        : parity.status === 'did-not-start'
          ? parity.logTail.split('\n')
          : undefined
  }
}

/**
 * The build of the planned Dockerfile under `tag`: the early build (which built under the same
 * tag) when it built the same text, else a new one, once the early build has ended and its image
 * is gone, so that the tag names this one.
 */
async function buildPlanned(
  inputs: Inputs,
  dockerfile: string,
  { tag, early }: AlternativeBuild,
  { docker, progress }: Pick<AnalyzeOptions, 'docker' | 'progress'>
): Promise<BuildOutcome & { checks?: Promise<AlternativeChecks | undefined> }> {
  if (early) {
    const { outcome, log, dockerfile: built } = await early.ended
    if (built === dockerfile) {
      progress.info('Built beside the image, from this same Dockerfile:')
      progress.output(log)
      return { ...outcome, checks: early.checked() }
    }
    progress.info(
      'What the measurement read changed the plan, so the alternative is built again (the steps that did not change come from the build cache).'
    )
    // Its checks are of an image that is not the alternative: they end, and its containers go.
    await early.stop()
    await removeTags([tag], docker)
  }
  return buildImage(
    { ...writtenBuildRequest(inputs, tag, dockerfile), onLog: progress.output },
    docker
  )
}

/** Says so when the Go source scan stopped at its limit: what it decided is only as good as it read. */
function scanLimitWarning(go: GoFacts): Finding[] {
  const { unread } = go
  if (!unread) return []
  const what = unread.program
    ? "some of the program's own packages were among them, so the CA bundle, time zones and files the alternative carries may be incomplete"
    : "the program's own packages (its main packages and what they import from the module) were read first; the files left are code the build does not use"
  const count = unread.listingStopped
    ? 'the context has more entries than the scan lists'
    : unread.files === 1
      ? '1 .go file was not read'
      : `${unread.files.toLocaleString('en-US')} .go files were not read`
  return [
    {
      line: 1,
      message: `the Go source scan stopped at its limit of ${unread.limit.toLocaleString('en-US')} files: ${count}; ${what}`
    }
  ]
}

/** The Go executables the image's own layers add: the base image's (a Go toolchain) are not the program. */
function ownBinaries(image: ImageMeasurement): ImageBinary[] | undefined {
  if (!image.binaries) return undefined
  const baseLayers = image.base?.layers ?? 0
  return image.binaries.filter(binary => binary.layer >= baseLayers)
}

/**
 * The binaries built again with CGO_ENABLED=0 that are still linked against the C library (the
 * build sets cgo itself), or that the alternative lacks: checked, not assumed.
 */
function stillLinked(
  rebuilt: readonly { path: string; line: number }[],
  image: ImageMeasurement
): Finding[] {
  return rebuilt.flatMap(({ path, line }) => {
    const binary = image.binaries?.find(b => b.path === path)
    if (binary?.static) return []
    const why = binary
      ? `is still linked against ${binary.libraries.join(', ') || binary.interpreter || 'the C library'} with CGO_ENABLED=0 in the build's environment: the build sets cgo on itself; build it with CGO_ENABLED=0 there`
      : 'is not a Go executable the alternative holds: check the COPY that brings it'
    return [{ line, message: `${path} ${why}` }]
  })
}

/**
 * The alternative against the image's own limits. Growth against the base commit is a rule for
 * the image the pull request changes, not for an image nobody has built yet, so it is left out.
 */
function alternativeBudget(budget: Budget, image: ImageMeasurement) {
  return checkBudget(budget, {
    size: image.size,
    compressedSize: image.compressedSize,
    layers: image.layers.length,
    binarySize: largestBinary(image)?.bytes
  })
}
