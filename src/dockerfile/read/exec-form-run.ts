import { simpleCommands, tokenizeShell } from './shell-words.js'

/*
 * An exec-form RUN (`RUN ["go", "build", "-o", "/app", "."]`) is read and rewritten as the shell
 * line that runs the same argv, then turned back into exec form, so it keeps running without a
 * shell and every word means what it meant.
 */

const PLAIN_WORD = /^[A-Za-z0-9_./=:,@%+-]+$/

/** The shell line whose one command has exactly this argv. */
export function execFormAsShell(argv: readonly string[]): string {
  return argv
    .map(arg => (PLAIN_WORD.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`))
    .join(' ')
}

/**
 * The argv of a shell line holding one command; `NAME=value` prefixes become an `env` in front,
 * which sets them without a shell.
 */
export function shellAsExecForm(text: string): string[] {
  const [command] = simpleCommands(tokenizeShell(text, '\\'))
  if (!command) return []
  const env = command.assignments.map(word => word.value)
  const words = command.words.map(word => word.value)
  return env.length > 0 && words[0] !== 'env' ? ['env', ...env, ...words] : [...env, ...words]
}
