import { expect } from '@jest/globals'
import { InputError, parseInputs, type InputName } from '../src/core/inputs.js'

/** Parses inputs as the runner would give them: the named ones set, every other one empty. */
export const parse = (values: Partial<Record<InputName, string>>) =>
  parseInputs(name => values[name] ?? '')

/** The message of the InputError that parsing these inputs raises. */
export const inputError = (values: Partial<Record<InputName, string>>): string => {
  try {
    parse(values)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('expected an InputError')
}
