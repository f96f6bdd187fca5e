import * as path from 'node:path'
import { GROWTH_FORMS, parseGrowth, parseSize, SIZE_FORMS, type GrowthLimit } from './size.js'
import type { Budget } from './budget.js'
import { isPlatformForm, PLATFORM_FORMS } from './platform.js'
import { BuildInput, parseBuildInputs, type BuildOptions } from './build-inputs.js'
import { InputError } from './input-error.js'

export { InputError }

/** Input names as action.yml spells them; the CLI uses the same names as `--flags`. */
export const Input = {
  Mode: 'mode',
  Context: 'context',
  File: 'file',
  Dockerfiles: 'dockerfiles',
  Target: 'target',
  BuildArgs: 'build-args',
  Platform: 'platform',
  Builder: 'builder',
  Pull: 'pull',
  MaxSize: 'max-size',
  MaxCompressedSize: 'max-compressed-size',
  MaxLayers: 'max-layers',
  MaxIncrease: 'max-increase',
  WarnSize: 'warn-size',
  MaxBinarySize: 'max-binary-size',
  Baseline: 'baseline',
  BaselineImage: 'baseline-image',
  FailOnBudget: 'fail-on-budget',
  Alternative: 'alternative',
  GoPackage: 'go-package',
  VerifyArgs: 'verify-args',
  VerifyPort: 'verify-port',
  VerifyPath: 'verify-path',
  VerifyTimeout: 'verify-timeout',
  DriftThreshold: 'drift-threshold',
  FailOnDrift: 'fail-on-drift',
  DriftHistory: 'drift-history',
  DriftLabel: 'drift-label',
  DriftTitle: 'drift-title',
  Comment: 'comment',
  CommentBundle: 'comment-bundle',
  CommentKey: 'comment-key',
  GithubToken: 'github-token',
  // An image built earlier in the job, and build inputs (as in docker/build-push-action)
  Image: 'image',
  ...BuildInput
} as const

export type InputName = (typeof Input)[keyof typeof Input]

export type CommentMode = 'auto' | 'always' | 'never'
export type AlternativeMode = 'scratch' | 'none'
/**
 * `auto` reuses the base commit's recorded measurement and builds it only when none is recorded;
 * `build` always builds it; `none` compares with nothing.
 */
export type BaselineMode = 'auto' | 'build' | 'none'
/**
 * `auto` picks by event; `check` measures (PR check, push); `drift` records a drift run; `comment`
 * posts the comment a pull-request run left behind (for forks, from a `workflow_run` workflow).
 */
export type RunMode = 'auto' | 'check' | 'drift' | 'comment'

export interface DriftSettings {
  /** Growth since the previous run that raises an alert; none when unset. */
  threshold?: GrowthLimit
  failOnDrift: boolean
  /** Runs the history keeps. */
  history: number
  label: string
  /** Title of a new drift issue; empty: derived from the comment key. */
  title: string
}

export interface Inputs {
  mode: RunMode
  context: string
  /** Path of the Dockerfile, as given or `<context>/Dockerfile`. */
  file: string
  /** `dockerfiles` patterns, one per line; empty: the one image of `file` and `context`. */
  dockerfiles: string[]
  /** Whether `context` was given: with `dockerfiles`, it then replaces each Dockerfile's folder. */
  contextGiven: boolean
  target?: string
  buildArgs: Record<string, string>
  platform?: string
  builder?: string
  /** Look for newer base images and build without cache; unset: only in drift runs. */
  pull?: boolean
  budget: Budget
  failOnBudget: boolean
  /** On pull requests, how the base commit's image is had to report the delta. */
  baseline: BaselineMode
  /** An image reference to compare with instead of the base commit: pulled and measured, not built. */
  baselineImage?: string
  alternative: AlternativeMode
  /** The main package, for a build hidden behind make or a script, e.g. `./cmd/server`. */
  goPackage?: string
  verify: { args: string[]; port?: number; path: string; timeoutMs: number }
  drift: DriftSettings
  comment: CommentMode
  /** In `mode: comment`, the folder holding the downloaded comment bundle. */
  commentBundle: string
  /** Empty when not given: the caller derives a default that fits its setting. */
  commentKey: string
  githubToken: string
  /** An image already in the engine to measure as it is, instead of building `file`. */
  image?: string
  /** build-push-action's build inputs, given to every build the run makes. */
  buildOptions: BuildOptions
}

/** Reads one raw input value; '' when not set (as `core.getInput` does). */
export type ReadInput = (name: InputName) => string

/** Turns raw input strings into one validated `Inputs`, or throws an InputError naming the input. */
export function parseInputs(read: ReadInput): Inputs {
  const text = (name: InputName): string => read(name).trim()
  const optional = (name: InputName): string | undefined => text(name) || undefined
  const context = text(Input.Context) || '.'
  // A line starting with # is a comment, as in other actions' path inputs.
  const dockerfiles = lines(read(Input.Dockerfiles)).filter(line => !line.startsWith('#'))
  if (dockerfiles.length > 0 && text(Input.File)) {
    throw new InputError(
      `${Input.File} and ${Input.Dockerfiles} cannot be used together: set ${Input.File} for one image, or list every Dockerfile in ${Input.Dockerfiles}`
    )
  }
  if (dockerfiles.length > 0 && text(Input.Image)) {
    throw new InputError(
      `${Input.Image} and ${Input.Dockerfiles} cannot be used together: ${Input.Image} names the one image of ${Input.File}; to measure several prebuilt images, run one step per image with ${Input.File} and ${Input.Image}`
    )
  }
  return {
    mode: choiceInput(Input.Mode, text(Input.Mode), ['auto', 'check', 'drift', 'comment'], 'auto'),
    context,
    file: text(Input.File) || path.join(context, 'Dockerfile'),
    dockerfiles,
    contextGiven: text(Input.Context) !== '',
    target: optional(Input.Target),
    buildArgs: parseBuildArgs(read(Input.BuildArgs)),
    platform: platformInput(text(Input.Platform)),
    builder: optional(Input.Builder),
    pull: text(Input.Pull) === '' ? undefined : booleanInput(Input.Pull, text(Input.Pull), false),
    budget: {
      maxSize: sizeInput(Input.MaxSize, text(Input.MaxSize)),
      maxCompressedSize: sizeInput(Input.MaxCompressedSize, text(Input.MaxCompressedSize)),
      maxLayers: countInput(Input.MaxLayers, text(Input.MaxLayers), 1),
      maxIncrease: growthInput(Input.MaxIncrease, text(Input.MaxIncrease)),
      warnSize: sizeInput(Input.WarnSize, text(Input.WarnSize)),
      maxBinarySize: sizeInput(Input.MaxBinarySize, text(Input.MaxBinarySize))
    },
    failOnBudget: booleanInput(Input.FailOnBudget, text(Input.FailOnBudget), true),
    ...baselineInputs(text(Input.Baseline), text(Input.BaselineImage)),
    alternative: choiceInput(
      Input.Alternative,
      text(Input.Alternative),
      ['scratch', 'none'],
      'scratch'
    ),
    goPackage: optional(Input.GoPackage),
    verify: {
      args: lines(read(Input.VerifyArgs)),
      port: countInput(Input.VerifyPort, text(Input.VerifyPort), 1, 65535),
      path: pathInput(text(Input.VerifyPath)),
      timeoutMs: 1000 * (countInput(Input.VerifyTimeout, text(Input.VerifyTimeout), 1, 3600) ?? 30)
    },
    drift: {
      threshold: growthInput(Input.DriftThreshold, text(Input.DriftThreshold)),
      failOnDrift: booleanInput(Input.FailOnDrift, text(Input.FailOnDrift), false),
      history: countInput(Input.DriftHistory, text(Input.DriftHistory), 2, 1000) ?? 90,
      label: text(Input.DriftLabel) || 'image-size-drift',
      title: text(Input.DriftTitle)
    },
    comment: choiceInput(Input.Comment, text(Input.Comment), ['auto', 'always', 'never'], 'auto'),
    commentBundle: text(Input.CommentBundle) || '.',
    commentKey: text(Input.CommentKey),
    githubToken: text(Input.GithubToken),
    image: optional(Input.Image),
    buildOptions: parseBuildInputs(read)
  }
}

function baselineInputs(
  mode: string,
  image: string
): { baseline: BaselineMode; baselineImage?: string } {
  const baseline = choiceInput(Input.Baseline, mode, ['auto', 'build', 'none'], 'auto')
  if (image === '') return { baseline }
  if (baseline === 'none') {
    throw new InputError(
      `${Input.Baseline}: none and ${Input.BaselineImage} cannot be used together: remove ${Input.BaselineImage} to compare with nothing, or ${Input.Baseline} to compare with the image`
    )
  }
  if (/\s/.test(image)) {
    throw new InputError(
      `${Input.BaselineImage} must be one image reference, like ghcr.io/acme/api:main; got ${JSON.stringify(image)}`
    )
  }
  return { baseline, baselineImage: image }
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
}

function parseBuildArgs(value: string): Record<string, string> {
  const args: Record<string, string> = {}
  for (const line of lines(value)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line)
    if (!match) {
      throw new InputError(
        `${Input.BuildArgs} takes one KEY=VALUE per line (KEY of letters, digits and _); got ${JSON.stringify(line)}`
      )
    }
    args[match[1] as string] = match[2] as string
  }
  return args
}

function platformInput(value: string): string | undefined {
  if (value === '') return undefined
  if (!isPlatformForm(value)) {
    throw new InputError(
      `${Input.Platform} must be ${PLATFORM_FORMS}; got ${JSON.stringify(value)}`
    )
  }
  return value
}

function sizeInput(name: InputName, value: string): number | undefined {
  if (value === '') return undefined
  const bytes = parseSize(value)
  if (bytes === undefined || bytes <= 0) {
    throw new InputError(`${name} must be ${SIZE_FORMS}; got ${JSON.stringify(value)}`)
  }
  return bytes
}

function growthInput(name: InputName, value: string): GrowthLimit | undefined {
  if (value === '') return undefined
  const growth = parseGrowth(value)
  if (growth === undefined)
    throw new InputError(`${name} must be ${GROWTH_FORMS}; got ${JSON.stringify(value)}`)
  return growth
}

function countInput(
  name: InputName,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER
): number | undefined {
  if (value === '') return undefined
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`
    throw new InputError(`${name} must be a whole number ${range}; got ${JSON.stringify(value)}`)
  }
  return n
}

function booleanInput(name: InputName, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off)$/i.test(value)) return false
  throw new InputError(`${name} must be true or false; got ${JSON.stringify(value)}`)
}

function choiceInput<T extends string>(
  name: InputName,
  value: string,
  choices: readonly T[],
  fallback: T
): T {
  if (value === '') return fallback
  const choice = choices.find(c => c === value.toLowerCase())
  if (choice === undefined) {
    throw new InputError(
      `${name} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`
    )
  }
  return choice
}

function pathInput(value: string): string {
  if (value === '') return '/'
  if (!value.startsWith('/')) {
    throw new InputError(
      `${Input.VerifyPath} must be an HTTP path starting with /, like /healthz; got ${JSON.stringify(value)}`
    )
  }
  return value
}
