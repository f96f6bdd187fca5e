import * as core from '@actions/core'
import { InputError } from '../core/inputs.js'
import { analyze } from '../engine/analyze.js'
import type { Report } from '../report/model.js'
import { baselineRequestOf } from './baseline-request.js'
import { commentKeyOf } from './comment-key.js'
import { postBundledComment } from './comment-mode.js'
import { trackDrift } from './drift-run.js'
import { planRun } from './event.js'
import { imageInputsOf, readInputs, requireInsideWorkspace } from './inputs.js'
import { actionsProgress, logDockerVersions } from './logging.js'
import { publishReports } from './publish.js'
import { keepMeasurements } from './recorded-baselines.js'
import { measureRegistryImageRun } from './registry-run.js'
import { restoreRunnerLayerCache } from './layer-cache.js'
import { untrustedCheckoutWarning } from './untrusted-checkout.js'
import { concludeRun } from './verdict.js'

/** One run of the action: inputs → build, measure, budget, alternative → report → publish → verdict. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    if (inputs.mode === 'comment') {
      await requireInsideWorkspace(inputs)
      return await postBundledComment(inputs)
    }
    if (inputs.registryImage) return await measureRegistryImageRun(inputs, inputs.registryImage)
    const plan = planRun(inputs.mode, inputs.baseline)
    const images = await imageInputsOf(inputs)
    await requireInsideWorkspace(inputs, images)
    const key = commentKeyOf(inputs)
    const untrusted = await untrustedCheckoutWarning(process.env.GITHUB_WORKSPACE || process.cwd())
    if (untrusted) core.warning(untrusted, { title: 'go-image-budget: untrusted checkout' })
    await logDockerVersions()

    const baseline = baselineRequestOf(inputs, plan, key)
    const sizes = restoreRunnerLayerCache()
    const reports: Report[] = []
    // One image at a time: a build or a measurement already keeps the runner's cores busy.
    for (const [index, image] of images.entries()) {
      if (images.length > 1) core.info(`Image ${index + 1} of ${images.length}: ${image.file}`)
      reports.push(
        await analyze(
          { ...image, pull: image.pull ?? plan.pullByDefault },
          { progress: actionsProgress, cache: sizes.cache, baseline }
        )
      )
    }
    await sizes.save()
    await keepMeasurements(reports, plan.trackDrift)

    await publishReports(reports, inputs, { commentKey: key, notice: untrusted })
    const drift = plan.trackDrift ? await trackDrift(reports, inputs, key) : []
    concludeRun(reports, drift, inputs)
  } catch (error) {
    // A user's mistake is one line that says what to do; anything else keeps its stack in debug logs.
    if (!(error instanceof InputError) && error instanceof Error && error.stack)
      core.debug(error.stack)
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
