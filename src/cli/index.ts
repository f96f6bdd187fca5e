import { analyze } from '../engine/analyze.js'
import { defaultSizeCacheDir, fileSizeCache } from '../measure/index.js'
import { readFile } from 'node:fs/promises'
import { renderDriftTerminal } from '../drift/cli-report.js'
import { parseHistoryBlock, parseHistoryJson } from '../drift/history.js'
import { InputError, type Inputs } from '../core/inputs.js'
import type { Progress } from '../engine/progress.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderTerminal } from '../report/terminal.js'
import { parseCommand, USAGE, type CliCommand } from './args.js'

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
    const report = await analyze(command.inputs, {
      progress: stderrProgress(command.verbose),
      cache: fileSizeCache(defaultSizeCacheDir())
    })
    const render = { json: renderJson, markdown: renderMarkdown, terminal: renderTerminal }[
      command.format
    ]
    process.stdout.write(render(report, command.inputs.budget))
    const failed = report.kind === 'build-failed' || !report.budget.within
    return failed ? EXIT_OVER_BUDGET : 0
  } catch (error) {
    process.stderr.write(`go-image-budget: ${(error as Error).message}\n`)
    return error instanceof InputError ? EXIT_USAGE : EXIT_OVER_BUDGET
  }
}

/** The drift report of a history file: the JSON block's content, or a whole saved issue body. */
async function driftReport(file: string, inputs: Inputs): Promise<string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new InputError(`--drift-report: cannot read ${JSON.stringify(file)}`)
  }
  const history = text.includes('<!-- go-image-budget-history')
    ? parseHistoryBlock(text)
    : parseHistoryJson(text)
  if ('error' in history)
    throw new InputError(`--drift-report: ${file} holds no usable history: ${history.error}`)
  return renderDriftTerminal(history.entries, { threshold: inputs.drift.threshold })
}

function stderrProgress(verbose: boolean): Progress {
  return {
    group: async (title, work) => {
      process.stderr.write(`• ${title}…\n`)
      return work()
    },
    info: line => {
      if (verbose) process.stderr.write(`${line}\n`)
    },
    output: chunk => {
      if (verbose) process.stderr.write(chunk)
    }
  }
}

process.exitCode = await main(process.argv.slice(2))
