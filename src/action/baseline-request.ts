import type { Inputs } from '../core/inputs.js'
import type { BaselineRequest } from '../engine/baseline.js'
import type { RunPlan } from './event.js'
import { recordedBaselinesOf } from './recorded-baselines.js'

/** What a pull-request run compares with, from the plan and the baseline inputs; nothing otherwise. */
export function baselineRequestOf(
  inputs: Inputs,
  plan: RunPlan,
  runKey: string
): BaselineRequest | undefined {
  if (inputs.baseline === 'none' || !plan.baselineCommit) return undefined
  return {
    commit: plan.baselineCommit,
    mode: inputs.baseline,
    image: inputs.baselineImage,
    recorded: recordedBaselinesOf(inputs, runKey, plan.baseBranch)
  }
}
