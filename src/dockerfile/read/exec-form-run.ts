/*
 * An exec-form RUN (`RUN ["go", "build", "-o", "/app", "."]`) is read as the shell line that
 * runs the same argv, so the go build finder reads one syntax; the rewrite turns it back into
 * exec form (write/exec-form.ts), so it keeps running without a shell and every word means what
 * it meant.
 */

const PLAIN_WORD = /^[A-Za-z0-9_./=:,@%+-]+$/

/** The shell line whose one command has exactly this argv. */
export function execFormAsShell(argv: readonly string[]): string {
  return argv
    .map(arg => (PLAIN_WORD.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`))
    .join(' ')
}
