import * as core from '@actions/core'
import * as glob from '@actions/glob'
import * as path from 'node:path'
import { Input, InputError, parseInputs, type Inputs } from '../core/inputs.js'

/** The step's inputs, parsed and checked once; nothing else reads them. */
export function readInputs(): Inputs {
  const inputs = parseInputs(name => core.getInput(name))
  // Masked in every log line from here on, whatever prints it.
  if (inputs.githubToken) core.setSecret(inputs.githubToken)
  for (const { source } of inputs.buildOptions.secrets) {
    if (source.kind === 'value') core.setSecret(source.value)
    const fromEnv = source.kind === 'env' ? process.env[source.name] : undefined
    if (fromEnv) core.setSecret(fromEnv)
  }
  return inputs
}

/**
 * One `Inputs` per image this run measures: the one of `file` and `context`, or one per Dockerfile
 * the `dockerfiles` patterns match, in path order. Each match builds from its own folder unless
 * `context` was given. Paths come back relative to `cwd` (the workspace), with `/` separators.
 */
export async function imageInputsOf(inputs: Inputs, cwd = process.cwd()): Promise<Inputs[]> {
  if (inputs.dockerfiles.length === 0) return [inputs]
  const files = await matchDockerfiles(inputs.dockerfiles, cwd)
  if (files.length === 0) {
    throw new InputError(
      `${Input.Dockerfiles}: no file matches ${inputs.dockerfiles.map(p => JSON.stringify(p)).join(', ')}; patterns are relative to the workspace, like services/*/Dockerfile`
    )
  }
  return files.map(file => ({
    ...inputs,
    file,
    context: inputs.contextGiven ? inputs.context : path.posix.dirname(file)
  }))
}

// The toolkit's globber, so patterns mean what they mean in actions/cache and upload-artifact:
// `*`, `**`, `?`, `[…]`, and `!` to leave matches out.
async function matchDockerfiles(patterns: string[], cwd: string): Promise<string[]> {
  const absolute = patterns.map(pattern => {
    const negated = pattern.startsWith('!')
    const body = negated ? pattern.slice(1) : pattern
    return `${negated ? '!' : ''}${path.resolve(cwd, body)}`
  })
  const globber = await glob.create(absolute.join('\n'), {
    matchDirectories: false,
    implicitDescendants: false
  })
  const files = (await globber.glob()).map(file =>
    path.relative(cwd, file).split(path.sep).join('/')
  )
  return [...new Set(files)].sort()
}
