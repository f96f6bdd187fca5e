import { posix } from 'node:path'
import { argumentsOf, type StageInstruction } from './parse.js'
import { parseJsonArray } from './command-line.js'
import { expandVariables } from './variables.js'

/** A path a VOLUME instruction declares, with its 1-based line. */
export interface Volume {
  path: string
  line: number
}

/** The paths the VOLUME instructions declare: `VOLUME /data /logs` or `VOLUME ["/data"]`. */
export function volumesOf(instructions: readonly StageInstruction[]): Volume[] {
  return instructions
    .filter(instruction => instruction.keyword === 'VOLUME')
    .flatMap(instruction => {
      const text = argumentsOf(instruction).trim()
      const paths = parseJsonArray(text) ?? text.split(/\s+/).filter(Boolean)
      return paths.map(path => ({
        path: posix.resolve(instruction.workdir, expandVariables(path, instruction.variables)),
        line: instruction.startLine + 1
      }))
    })
}
