import { readFile } from 'node:fs/promises'
import { InputError, type Inputs } from '../core/inputs.js'
import { renderDriftTerminal } from '../drift/cli-report.js'
import { parseHistoryBlock, parseHistoryJson } from '../drift/history.js'

/** The drift report of a history file: the JSON block's content, or a whole saved issue body. */
export async function driftReport(file: string, inputs: Inputs): Promise<string> {
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
