/** A user mistake in an input: shown as one line, never with a stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
