import { readCommandLine, type CommandLine } from './command-line.js'
import { argumentsOf, lastInstruction, type StageInstruction } from './parse.js'
import { simpleCommands, tokenizeShell } from './shell-words.js'
import { expandVariables } from './variables.js'

/** A CMD or ENTRYPOINT with its command line read. */
export interface CommandInstruction {
  instruction: StageInstruction
  line: CommandLine
}

/** The command an image runs: its last ENTRYPOINT and last CMD, the ones Docker uses. */
export interface ImageCommand {
  entrypoint?: CommandInstruction
  cmd?: CommandInstruction
  /** The program it starts: the first word of the ENTRYPOINT, or of the CMD without one. */
  program?: string
}

/** Reads the command of the image whose instructions (its whole stage chain) these are. */
export function imageCommand(
  instructions: readonly StageInstruction[],
  escape: string
): ImageCommand {
  const read = (keyword: string): CommandInstruction | undefined => {
    const instruction = lastInstruction(instructions, keyword)
    return instruction && { instruction, line: readCommandLine(argumentsOf(instruction), escape) }
  }
  const entrypoint = read('ENTRYPOINT')
  const cmd = read('CMD')
  return { entrypoint, cmd, program: programWord([entrypoint, cmd], escape) }
}

/** An empty exec form (`ENTRYPOINT []`) names no program, so the CMD's first word counts. */
function programWord(
  commands: readonly (CommandInstruction | undefined)[],
  escape: string
): string | undefined {
  for (const command of commands) {
    if (!command) continue
    const { instruction, line } = command
    if (line.form === 'exec') {
      if (line.argv[0]) return line.argv[0]
      continue
    }
    const words = simpleCommands(tokenizeShell(line.text, escape))[0]?.words ?? []
    const first = words[0]?.value === 'exec' ? words[1] : words[0]
    return first && expandVariables(first.value, instruction.variables)
  }
  return undefined
}
