import { percentOf } from '../core/format.js'
import type { BudgetVerdict } from '../core/budget.js'
import type { BuildFailure } from '../tools/build-log.js'
import type { Finding } from '../dockerfile/types.js'
import type { ImageMeasurement } from '../measure/types.js'
import type { RegistryPlatform } from '../registry/index.js'

/** Everything one run learned; the JSON report is this object, and every renderer reads only it. */
export type Report = MeasuredReport | FailedBuildReport

export const REPORT_SCHEMA_VERSION = 1

export interface ReportHeader {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  /** Dockerfile path as given (relative to the workspace). */
  dockerfile: string
  context: string
  target?: string
  /**
   * Names what shaped the build (Dockerfile path, context, target, build args, platform): a
   * measurement recorded under the same key and commit stands in for building that commit.
   */
  buildKey?: string
}

export interface MeasuredReport extends ReportHeader {
  kind: 'measured'
  image: ImageMeasurement
  /** The same build from the pull request's base commit, when one was asked for. */
  baseline?: Baseline
  budget: BudgetVerdict
  alternative: AlternativeReport
  /** 1-based line of the built stage's FROM, where a budget breach is annotated. */
  fromLine?: number
  /** Every image the build started FROM, with the digest it had. */
  bases: BaseDigest[]
  /** Set when the `image` input named the image: it was measured as it was, not built here. */
  givenImage?: GivenImage
}

/** An image that was already in the engine: the name it was given by, and its ID there. */
export interface GivenImage {
  name: string
  id: string
}

/**
 * What the pull request's image is compared with: the base commit's image, or the image named by
 * `baseline-image` (then `image` is set, and `commit` only when the run has a base commit).
 */
export type Baseline =
  | {
      status: 'measured'
      commit?: string
      image?: string
      size: number
      compressedSize: number
      layers: number
      source: BaselineSource
    }
  | { status: 'new-image'; commit: string }
  | { status: 'unavailable'; commit?: string; image?: string; reason: string }

/** Where a measured baseline's figures came from. */
export type BaselineSource =
  /** Built from the base commit in this run. */
  | { kind: 'built' }
  /** Measured by an earlier run of the same build at the same commit; not built here. */
  | {
      kind: 'recorded'
      /** Where the measurement was kept: the drift issue's history, or the runner cache. */
      store: 'drift-history' | 'runner-cache'
      /** The branch of the run that recorded it, when known. */
      branch?: string
      /** When it was measured, ISO 8601. */
      recordedAt: string
      /** Its age when this run read it. */
      ageSeconds: number
    }
  /** `baseline-image`: measured from the engine; `pulled` false when the pull failed and the engine's copy was used. */
  | { kind: 'image'; id: string; pulled: boolean }

/** The digest a `FROM` image resolved to: its repo digest when pulled, its image ID otherwise. */
export interface BaseDigest {
  image: string
  digest: string
}

/**
 * An image measured straight from a registry (`registry-image`), built by no one here: one entry
 * per platform, each with its own budget verdict. Its uncompressed size is not known.
 */
export interface RegistryReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  kind: 'registry'
  reference: string
  /** The digest the reference resolved to: the index's, for a multi-platform image. */
  digest?: string
  platforms: (RegistryPlatform & { budget: BudgetVerdict })[]
  /** Within when every platform is. */
  within: boolean
}

export interface FailedBuildReport extends ReportHeader {
  kind: 'build-failed'
  failure: BuildFailure
}

export type AlternativeStatus =
  | 'verified'
  /** Both kept running, but nothing they did could be compared. */
  | 'started'
  /** Ran the same, but on a plan made from part of the program's sources. */
  | 'unverified'
  | 'differs'
  | 'did-not-start'
  | 'build-failed'
  | 'not-possible'
  | 'not-applicable'
  | 'skipped'

export interface AlternativeReport {
  status: AlternativeStatus
  /** One plain-text line saying what happened, e.g. "both exited 0 with the same output". */
  summary: string
  /** The generated Dockerfile, when one was generated. */
  dockerfile?: string
  /** What the generated Dockerfile changed, and why. */
  changes: string[]
  /** Why scratch cannot work, by Dockerfile line. */
  blockers: Finding[]
  /** What it could not carry over but that does not stop it. */
  warnings: Finding[]
  /** The nearest base image that can work when scratch cannot. */
  nearest?: string
  /** Set when the original already ends in scratch: what is left to gain. */
  gaps?: string[]
  image?: ImageMeasurement
  /**
   * The alternative's figures against the same limits (growth against the base commit aside),
   * when it was measured: decided once by the engine, so every report says the same.
   */
  budget?: BudgetVerdict
  /** Bytes and percent saved against the original, when the alternative was measured. */
  savings?: { bytes: number; percent: number }
  /** Differences found by running both images, or the log tail of a run that did not start. */
  details?: string[]
  /** The failing step, when the alternative did not build. */
  buildFailure?: BuildFailure
  /**
   * What decided the CA bundle and the time zone database of the alternative: `binary` (the
   * function tables of the binaries the image ships) or `sources` (a scan of the Go sources).
   */
  runtimeNeedsFrom?: 'binary' | 'sources'
}

/** Bytes saved, and percent saved with one decimal as the `savings` output reports it. */
export function savingsOf(
  original: number,
  alternative: number
): { bytes: number; percent: number } {
  const bytes = original - alternative
  return { bytes, percent: percentOf(bytes, original) }
}
