import { parseDockerfile } from './parse.js'
import { stagesNeededBy, targetStage } from './stages.js'

export interface FinalStage {
  /**
   * The image the built stage ultimately starts FROM (following `FROM <earlier stage>`), with
   * ARGs resolved; undefined for `FROM scratch` or when it cannot be told.
   */
  baseImage?: string
  /** 1-based line of the built stage's own FROM. */
  fromLine: number
}

export interface StageFacts {
  /** The stage `target` builds (the last one by default); undefined when there is none. */
  finalStage?: FinalStage
  /** Every image the build pulls FROM (builder stages included), ARGs resolved, without scratch. */
  fromImages: string[]
}

/** What budgets and reports need to know of the Dockerfile's stages, from one parse. */
export function stageFactsOf(
  dockerfile: string,
  target: string | undefined,
  buildArgs: Readonly<Record<string, string>>
): StageFacts {
  const parsed = parseDockerfile(dockerfile, buildArgs)
  const built = targetStage(parsed, target)
  if (!built) return { fromImages: [] }
  let root = built
  while (root.parent) root = root.parent
  const resolved = root.image !== 'scratch' && !root.image.includes('$')
  const fromImages = stagesNeededBy(parsed, built)
    .filter(stage => !stage.parent && stage.image !== 'scratch')
    .map(stage => stage.image)
  return {
    finalStage: { baseImage: resolved ? root.image : undefined, fromLine: built.fromLine + 1 },
    fromImages: [...new Set(fromImages)]
  }
}
