import { parseDockerfile, stagesNeededBy, targetStage } from './parse.js'

export interface FinalStage {
  /**
   * The image the built stage ultimately starts FROM (following `FROM <earlier stage>`), with
   * ARGs resolved; undefined for `FROM scratch` or when it cannot be told.
   */
  baseImage?: string
  /** 1-based line of the built stage's own FROM. */
  fromLine: number
}

/** The stage `target` builds (the last one by default), as far as budgets and reports need it. */
export function finalStageOf(
  dockerfile: string,
  target: string | undefined,
  buildArgs: Readonly<Record<string, string>>
): FinalStage | undefined {
  const built = targetStage(parseDockerfile(dockerfile, buildArgs), target)
  if (!built) return undefined
  let root = built
  while (root.parent) root = root.parent
  const resolved = root.image !== 'scratch' && !root.image.includes('$')
  return { baseImage: resolved ? root.image : undefined, fromLine: built.fromLine + 1 }
}

/** Every image the build pulls FROM (builder stages included), ARGs resolved, without scratch. */
export function fromImagesOf(
  dockerfile: string,
  target: string | undefined,
  buildArgs: Readonly<Record<string, string>>
): string[] {
  const parsed = parseDockerfile(dockerfile, buildArgs)
  const built = targetStage(parsed, target)
  if (!built) return []
  const images = stagesNeededBy(parsed, built)
    .filter(stage => !stage.parent && stage.image !== 'scratch')
    .map(stage => stage.image)
  return [...new Set(images)]
}
