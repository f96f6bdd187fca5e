import { Input, InputError } from '../core/inputs.js'
import { analyze } from '../engine/analyze.js'
import { requireInside } from '../engine/workspace-paths.js'
import { analyzeRegistryImage } from '../engine/registry-image.js'
import { defaultLayerCacheDir, fileLayerCache } from '../measure/index.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderRegistryMarkdown, renderRegistryTerminal } from '../report/registry.js'
import { renderTerminal } from '../report/terminal.js'
import { parseCommand, USAGE, type CliCommand } from './args.js'
import { driftReport } from './drift-report.js'
import { stderrProgress } from './progress.js'

const EXIT_OVER_BUDGET = 1
const EXIT_USAGE = 2

/** The CLI: the action's engine, with the report printed instead of published. */
export async function main(argv: string[]): Promise<number> {
  let command: CliCommand | 'help'
  try {
    command = parseCommand(argv)
  } catch (error) {
    process.stderr.write(`go-image-budget: ${(error as Error).message}\n`)
    return EXIT_USAGE
  }
  if (command === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  try {
    if (command.driftReport) {
      process.stdout.write(await driftReport(command.driftReport, command.inputs))
      return 0
    }
    // Relative paths stay in the current directory; an absolute path is the user's own choice.
    await requireInside(
      { root: process.cwd(), name: 'the current directory', allowAbsolute: true },
      [
        { input: Input.Context, value: command.inputs.context },
        { input: Input.File, value: command.inputs.file }
      ]
    )
    const { registryImage } = command.inputs
    if (registryImage) {
      const report = await analyzeRegistryImage(registryImage, command.inputs)
      const render = {
        json: renderJson,
        markdown: renderRegistryMarkdown,
        terminal: renderRegistryTerminal
      }[command.format]
      process.stdout.write(render(report))
      return report.within ? 0 : EXIT_OVER_BUDGET
    }
    const { baselineImage } = command.inputs
    const report = await analyze(command.inputs, {
      progress: stderrProgress(command.verbose),
      cache: fileLayerCache(defaultLayerCacheDir()),
      ...(baselineImage && { baseline: { mode: 'build', image: baselineImage } })
    })
    const render = { json: renderJson, markdown: renderMarkdown, terminal: renderTerminal }[
      command.format
    ]
    process.stdout.write(render(report))
    const failed = report.kind === 'build-failed' || !report.budget.within
    return failed ? EXIT_OVER_BUDGET : 0
  } catch (error) {
    process.stderr.write(`go-image-budget: ${(error as Error).message}\n`)
    return error instanceof InputError ? EXIT_USAGE : EXIT_OVER_BUDGET
  }
}
