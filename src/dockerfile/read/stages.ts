import { expandVariables } from './variables.js'
import { flagsOf, type ParsedDockerfile, type Stage, type StageInstruction } from './parse.js'

/** The stage `target` names (by name or index), or the last stage. */
export function targetStage(parsed: ParsedDockerfile, target?: string): Stage | undefined {
  if (!target) return parsed.stages[parsed.stages.length - 1]
  return findStage(parsed, target)
}

/** The stage a `--from=` value or a `--target` names, by name or index. */
export function findStage(parsed: ParsedDockerfile, reference: string): Stage | undefined {
  const wanted = reference.toLowerCase()
  return parsed.stages.find(s => s.name === wanted || String(s.index) === wanted)
}

/** Stages the target needs: its parent chain and every stage it copies or mounts from. */
export function stagesNeededBy(parsed: ParsedDockerfile, target: Stage): Stage[] {
  const needed = new Set<Stage>()
  const visit = (stage: Stage): void => {
    if (needed.has(stage)) return
    needed.add(stage)
    if (stage.parent) visit(stage.parent)
    for (const instruction of stage.instructions) {
      for (const reference of stageReferences(instruction)) {
        const referenced = findStage(parsed, reference)
        if (referenced && referenced.index < stage.index) visit(referenced)
      }
    }
  }
  visit(target)
  return parsed.stages.filter(stage => needed.has(stage))
}

function stageReferences(instruction: StageInstruction): string[] {
  const flags = flagsOf(instruction.node)
  const references: string[] = []
  for (const flag of flags) {
    const value = expandVariables(flag.getValue() ?? '', instruction.variables)
    if (flag.getName() === 'from') references.push(value)
    if (flag.getName() === 'mount') {
      const from = /(?:^|,)from=([^,]+)/.exec(value)
      if (from?.[1]) references.push(from[1])
    }
  }
  return references
}

/** The stage and the stages it builds on (FROM <stage>), oldest first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = []
  for (let s: Stage | undefined = stage; s; s = s.parent) chain.unshift(s)
  return chain
}

/** True when `stage` is `ancestor` or builds on it: it sees the files `ancestor` made. */
export function buildsOn(stage: Stage, ancestor: Stage): boolean {
  return stageChain(stage).includes(ancestor)
}

/** The 0-based line where a stage's text ends: before the next FROM, or the last line. */
export function stageEndLine(parsed: ParsedDockerfile, stage: Stage): number {
  const next = parsed.stages[stage.index + 1]
  return next ? next.fromLine - 1 : parsed.lines.length - 1
}
