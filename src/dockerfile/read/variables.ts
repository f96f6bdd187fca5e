/** Variables in scope at one instruction: ARG and ENV values, build args already applied. */
export type Variables = ReadonlyMap<string, string>

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g

/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alternative}` the way
 * Dockerfile instructions do. A variable with no known value is left as written, so a path
 * like `/out/$TARGETARCH` stays readable instead of silently becoming `/out/`.
 */
export function expandVariables(text: string, variables: Variables): string {
  return text.replace(
    REFERENCE,
    (whole, braced: string | undefined, op: string | undefined, operand = '', bare?: string) => {
      const name = (braced ?? bare) as string
      const value = variables.get(name)
      if (op === undefined) return value ?? whole
      const set = op.startsWith(':') ? value !== undefined && value !== '' : value !== undefined
      if (op.endsWith('-')) return set ? (value as string) : expandVariables(operand, variables)
      return set ? expandVariables(operand, variables) : value === undefined ? whole : ''
    }
  )
}

/** Names of the variables a piece of Dockerfile text refers to. */
export function referencedVariables(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map(match => (match[1] ?? match[4]) as string)
}
