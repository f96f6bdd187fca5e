import * as core from '@actions/core'
import { describeBreaches, warnings } from '../core/budget.js'
import type { Inputs } from '../core/inputs.js'
import { analyzeRegistryImage } from '../engine/registry-image.js'
import { renderRegistryMarkdown, renderRegistryTerminal } from '../report/registry.js'
import { commentKeyOf } from './comment-key.js'
import { setRegistryOutputs } from './outputs.js'
import { writeJobSummary, writeJsonReport } from './publish.js'

/**
 * `registry-image`: measures an image already in a registry from its manifests, per platform, and
 * publishes the JSON report, the job summary and the outputs; a platform over budget fails the step
 * (or warns, with `fail-on-budget: false`). Nothing is built, so there is no alternative to comment.
 */
export async function measureRegistryImageRun(inputs: Inputs, reference: string): Promise<void> {
  const report = await core.group(`Measure ${reference} from its registry`, () =>
    analyzeRegistryImage(reference, inputs, { githubToken: inputs.githubToken })
  )
  core.info(renderRegistryTerminal(report))
  const reportPath = await writeJsonReport(report, commentKeyOf(inputs))
  await writeJobSummary(renderRegistryMarkdown(report))
  setRegistryOutputs(report, reportPath)
  let failed = false
  for (const platform of report.platforms) {
    const where = { title: `go-image-budget: ${platform.platform}` }
    for (const check of warnings(platform.budget))
      core.warning(`${reference} (${platform.platform}) past warn-size: ${check.detail}`, where)
    if (platform.budget.within) continue
    const message = `${reference} (${platform.platform}) over budget: ${describeBreaches(platform.budget)}`
    if (inputs.failOnBudget) {
      core.error(message, where)
      failed = true
    } else core.warning(`${message} (fail-on-budget: false, so this only warns)`, where)
  }
  if (failed) process.exitCode = core.ExitCode.Failure
}
