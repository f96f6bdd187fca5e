import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import reportSchema from '../../schema/report.schema.json' with { type: 'json' }

// The JSON report's published schema (schema/report.schema.json) is the one description of what a
// report may hold: reports from another run (a fork's comment bundle) are checked against it before
// anything in them is rendered, and the tests check every report the engine writes against it.

const ajv = new Ajv2020({ strict: true, allErrors: false })
ajv.addSchema(reportSchema)
// Compiled once, when the module loads: every check after that is a plain function call.
const oneReport = compiled(`${reportSchema.$id}#/$defs/report`)
const jsonReport = compiled(reportSchema.$id)
const goExecutable = compiled(`${reportSchema.$id}#/$defs/goExecutable`)
const unreadExecutable = compiled(`${reportSchema.$id}#/$defs/unreadExecutable`)

/** Where `value` breaks the schema of one report, as `image.layers[0].files must be integer`; empty when it holds. */
export function reportProblems(value: unknown, name = 'report'): string[] {
  return problemsOf(oneReport, value, name)
}

/** The same for a JSON report file: one report, or reports keyed by Dockerfile path. */
export function jsonReportProblems(value: unknown, name = 'report'): string[] {
  return problemsOf(jsonReport, value, name)
}

/** Where one Go executable of a report (`image.binaries[]`) breaks the schema. */
export function goExecutableProblems(value: unknown, name: string): string[] {
  return problemsOf(goExecutable, value, name)
}

/** Where one executable that was not read (`image.unreadExecutables[]`) breaks the schema. */
export function unreadExecutableProblems(value: unknown, name: string): string[] {
  return problemsOf(unreadExecutable, value, name)
}

function compiled(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref)
  if (!validate) throw new Error(`the report schema has no ${ref}`)
  return validate
}

function problemsOf(validate: ValidateFunction, value: unknown, name: string): string[] {
  if (validate(value)) return []
  const errors = validate.errors ?? []
  // The wrappers (if/then, oneOf) only say that a branch failed; the branch's own error says where.
  const specific = errors.filter(error => !WRAPPERS.has(error.keyword))
  return [...new Set((specific.length > 0 ? specific : errors).map(e => describe(e, name)))].slice(
    0,
    MAX_PROBLEMS
  )
}

const WRAPPERS = new Set(['if', 'then', 'else', 'oneOf', 'anyOf'])
const MAX_PROBLEMS = 3

function describe(error: ErrorObject, name: string): string {
  const where = name + pathOf(error.instancePath)
  if (error.keyword === 'additionalProperties') {
    const field = String((error.params as { additionalProperty: unknown }).additionalProperty)
    return `${where} has a field the report schema does not know: ${JSON.stringify(field.slice(0, 100))}`
  }
  return `${where} ${error.message ?? 'does not match the report schema'}`
}

/** `/image/layers/0/files` → `.image.layers[0].files`; a Dockerfile path key → `["api/Dockerfile"]`. */
function pathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(part =>
      /^\d+$/.test(part)
        ? `[${part}]`
        : /^[A-Za-z_]\w*$/.test(part)
          ? `.${part}`
          : `[${JSON.stringify(part.slice(0, 100))}]`
    )
    .join('')
}
