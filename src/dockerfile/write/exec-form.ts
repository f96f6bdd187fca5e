import type { CommandPlan } from '../find/commands.js'
import { flagsOf, type StageInstruction } from '../read/parse.js'
import { simpleCommands, tokenizeShell } from '../read/shell-words.js'

/** An exec-form array as people write it in a Dockerfile: `["/app", "--port", "8080"]`. */
export function formatExecForm(argv: readonly string[]): string {
  return `[${argv.map(arg => JSON.stringify(arg)).join(', ')}]`
}

/**
 * The argv of a shell line holding one command; `NAME=value` prefixes become an `env` in front,
 * which sets them without a shell. It turns a rewritten exec-form RUN back into exec form.
 */
export function shellAsExecForm(text: string): string[] {
  const [command] = simpleCommands(tokenizeShell(text, '\\'))
  if (!command) return []
  const env = command.assignments.map(word => word.value)
  const words = command.words.map(word => word.value)
  return env.length > 0 && words[0] !== 'env' ? ['env', ...env, ...words] : [...env, ...words]
}

/**
 * The new text of a CMD, ENTRYPOINT or HEALTHCHECK the command plan rewrites, null when it is
 * left out, undefined when it stays as written.
 */
export function rewrittenCommand(
  commands: CommandPlan,
  instruction: StageInstruction
): string | null | undefined {
  const argv = commands.rewrites.get(instruction)
  if (!argv) return argv
  if (instruction.keyword !== 'HEALTHCHECK') {
    return `${instruction.keyword} ${formatExecForm(argv)}`
  }
  const flags = flagsOf(instruction.node).map(flag => flag.toString())
  return ['HEALTHCHECK', ...flags, 'CMD', formatExecForm(argv)].join(' ')
}
