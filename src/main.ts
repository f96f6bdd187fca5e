import * as core from '@actions/core'
import { analyze } from './analyze.js'
import { concludeRun } from './annotations.js'
import { postBundledComment } from './comment-mode.js'
import { concludeDrift, recordDrift } from './drift-run.js'
import { planRun } from './github/event.js'
import { defaultCommentKey } from './github/publish-comment.js'
import { untrustedCheckoutWarning } from './github/pull-request.js'
import { InputError } from './inputs.js'
import { publishReport } from './publish.js'
import { actionsProgress, logDockerVersions, readInputs } from './runner.js'
import { restoreRunnerSizeCache } from './size-cache.js'

/** One run of the action: inputs → build, measure, budget, alternative → report → publish → verdict. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    if (inputs.mode === 'comment') return await postBundledComment(inputs)
    const plan = planRun(inputs.mode, inputs.baseline)
    const key = inputs.commentKey || defaultCommentKey(inputs.file)
    const untrusted = await untrustedCheckoutWarning(process.env.GITHUB_WORKSPACE || process.cwd())
    if (untrusted) core.warning(untrusted, { title: 'go-image-budget: untrusted checkout' })
    await logDockerVersions()

    const sizes = await restoreRunnerSizeCache()
    const report = await analyze(
      { ...inputs, pull: inputs.pull ?? plan.pullByDefault },
      { progress: actionsProgress, cache: sizes.cache, baselineCommit: plan.baselineCommit }
    )
    await sizes.save()

    await publishReport(report, inputs, { commentKey: key, notice: untrusted })
    if (plan.trackDrift && report.kind === 'measured') {
      concludeDrift(
        await core.group('Record the drift history', () => recordDrift(report, inputs, key)),
        inputs
      )
    }
    concludeRun(report, inputs.failOnBudget)
  } catch (error) {
    // A user's mistake is one line that says what to do; anything else keeps its stack in debug logs.
    if (!(error instanceof InputError) && error instanceof Error && error.stack)
      core.debug(error.stack)
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
