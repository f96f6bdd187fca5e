import { posix } from 'node:path'
import {
  DockerfileParser,
  ModifiableInstruction,
  type Arg,
  type Flag,
  type Env,
  type From,
  type Instruction,
  type Property
} from 'dockerfile-ast'
import { baseImageDefaults, type BaseImageDefaults } from './base-images.js'
import { parseJsonArray } from './command-line.js'
import { userSetBy } from './user.js'
import { expandVariables, type Variables } from './variables.js'

/** One instruction with the state it runs in. */
export interface StageInstruction {
  node: Instruction
  /** Upper-case keyword: RUN, COPY, CMD… */
  keyword: string
  /** 0-based lines the instruction spans, continuation lines included. */
  startLine: number
  endLine: number
  /** ARG and ENV values in scope when it runs. */
  variables: Variables
  /** Absolute working directory it runs in. */
  workdir: string
  /** The USER in effect, undefined for root. */
  user?: string
}

export interface Stage {
  index: number
  /** The `AS name`, lower-cased as BuildKit compares it. */
  name?: string
  from: Instruction & From
  fromLine: number
  /** The base image with ARGs substituted, e.g. `golang:1.22-alpine`. */
  image: string
  /** The earlier stage this one builds on, when FROM names one. */
  parent?: Stage
  /** Defaults of the image at the root of the parent chain. */
  base: BaseImageDefaults
  instructions: StageInstruction[]
  /** Where go.mod or the whole context was copied into this stage, if seen. */
  moduleRoot?: string
  /** State after the last instruction. */
  variables: Variables
  workdir: string
  user?: string
}

export interface ParsedDockerfile {
  lines: string[]
  escape: string
  /** The frontend the `# syntax=` parser directive asks for (`docker/dockerfile:1.7`), if any. */
  syntax?: string
  stages: Stage[]
}

/** Parses a Dockerfile into stages whose instructions know their ARG/ENV values and WORKDIR. */
export function parseDockerfile(
  text: string,
  buildArgs: Readonly<Record<string, string>>
): ParsedDockerfile {
  const ast = DockerfileParser.parse(text)
  const lines = text.split(/\r?\n/)
  const globals = new Map<string, string>()
  const stages: Stage[] = []
  let stage: Stage | undefined

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase()
    if (keyword === 'FROM') {
      stage = startStage(node as Instruction & From, stages, globals)
      stages.push(stage)
      continue
    }
    if (!stage) {
      if (keyword === 'ARG') {
        for (const [name, value] of argDeclarations(node as Arg)) {
          const resolved = buildArgs[name] ?? (value === undefined ? undefined : expand(value))
          if (resolved !== undefined) globals.set(name, resolved)
        }
      }
      continue
    }
    stage.instructions.push({
      node,
      keyword,
      startLine: node.getRange().start.line,
      endLine: node.getRange().end.line,
      variables: new Map(stage.variables),
      workdir: stage.workdir,
      user: stage.user
    })
    Object.assign(stage, stateAfter(stage, node, keyword, buildArgs, globals))
  }

  function expand(value: string): string {
    return expandVariables(value, globals)
  }

  const syntax = ast
    .getDirectives()
    .find(directive => directive.getName()?.toLowerCase() === 'syntax')
    ?.getValue()
  return { lines, escape: ast.getEscapeCharacter(), ...(syntax && { syntax }), stages }
}

function startStage(from: Instruction & From, stages: Stage[], globals: Variables): Stage {
  const image = expandVariables(from.getImage() ?? '', globals)
  const parent = stages.find(s => s.name !== undefined && s.name === image.toLowerCase())
  const base = parent ? parent.base : baseImageDefaults(image)
  const name = from.getBuildStage()?.toLowerCase() ?? undefined
  return {
    index: stages.length,
    name,
    from,
    fromLine: from.getRange().start.line,
    image,
    parent,
    base,
    instructions: [],
    moduleRoot: parent?.moduleRoot,
    variables: new Map(parent ? parent.variables : base.env),
    workdir: parent ? parent.workdir : base.workdir,
    user: parent ? parent.user : base.user
  }
}

/** What an instruction hands on to the ones after it in its stage. */
type StageState = Pick<Stage, 'variables' | 'workdir' | 'user' | 'moduleRoot'>

function stateAfter(
  before: StageState,
  node: Instruction,
  keyword: string,
  buildArgs: Readonly<Record<string, string>>,
  globals: Variables
): StageState {
  const variables = new Map(before.variables)
  const after = {
    variables,
    workdir: before.workdir,
    user: before.user,
    moduleRoot: before.moduleRoot
  }
  const expand = (value: string): string => expandVariables(value, variables)
  switch (keyword) {
    case 'ARG':
      for (const [name, value] of argDeclarations(node as Arg)) {
        const resolved =
          buildArgs[name] ?? (value === undefined ? globals.get(name) : expand(value))
        if (resolved !== undefined) variables.set(name, resolved)
      }
      break
    case 'ENV':
      for (const property of (node as Env).getProperties()) {
        variables.set(property.getName(), expand(property.getValue() ?? ''))
      }
      break
    case 'WORKDIR':
      after.workdir = posix.resolve(before.workdir, expand(node.getArgumentsContent() ?? ''))
      break
    case 'USER':
      after.user = userSetBy(node, expand)
      break
    case 'COPY':
    case 'ADD':
      after.moduleRoot = moduleRootAfterCopy(node, expand, before.workdir) ?? before.moduleRoot
      break
  }
  return after
}

/** `ARG A B=2` declares two variables; the AST reads it as one, so split it here. */
export function argDeclarations(node: Arg): [string, string | undefined][] {
  const declarations: [string, string | undefined][] = []
  for (const property of node.getProperties() as Property[]) {
    const value = property.getValue()
    if (property.getAssignmentOperator() === null && value !== null) {
      declarations.push([property.getName(), undefined])
      for (const name of value.split(/\s+/).filter(Boolean)) declarations.push([name, undefined])
    } else {
      declarations.push([property.getName(), value ?? undefined])
    }
  }
  return declarations
}

/** A COPY of `.` or `go.mod` tells where the module root is in this stage. */
function moduleRootAfterCopy(
  node: Instruction,
  expand: (value: string) => string,
  workdir: string
): string | undefined {
  const words = copyOperands(node)
  if (words.length < 2) return undefined
  const sources = words.slice(0, -1).map(expand)
  const destination = expand(words[words.length - 1] as string)
  const copiesModule = sources.some(s => ['.', './', 'go.mod', 'go.*'].includes(s))
  if (!copiesModule) return undefined
  if (flagsOf(node).some(flag => flag.getName() === 'from')) return undefined
  return posix.resolve(workdir, destination)
}

/** The `--name=value` flags of an instruction (FROM, RUN, COPY, ADD, HEALTHCHECK). */
export function flagsOf(node: Instruction): Flag[] {
  return node instanceof ModifiableInstruction ? node.getFlags() : []
}

/**
 * A RUN's `--mount=…` flags as written (secret, ssh, cache, bind, tmpfs), so a line written next
 * to it can mount the same: what the build reads through them is there for it too.
 */
export function mountFlagsOf(node: Instruction): string[] {
  return flagsOf(node)
    .filter(flag => flag.getName() === 'mount' && flag.getValue())
    .map(flag => `--mount=${flag.getValue()}`)
}

/** One `--mount=…` of a RUN, read: its type (bind when it names none) and where it mounts. */
export interface RunMount {
  type: string
  /** As written (`target`, `dst` or `destination`), variables not expanded. */
  target?: string
}

export function mountsOf(node: Instruction): RunMount[] {
  return flagsOf(node)
    .filter(flag => flag.getName() === 'mount')
    .map(flag => {
      const option = (...names: string[]): string | undefined =>
        flag
          .getOptions()
          .find(o => names.includes(o.getName().toLowerCase()))
          ?.getValue() ?? undefined
      return {
        type: option('type')?.toLowerCase() ?? 'bind',
        target: option('target', 'dst', 'destination')
      }
    })
}

/** The value of one flag, e.g. `--from`, or undefined when absent. */
export function flagValue(node: Instruction, name: string): string | undefined {
  return (
    flagsOf(node)
      .find(flag => flag.getName() === name)
      ?.getValue() ?? undefined
  )
}

/** The source and destination operands of a COPY/ADD, JSON or plain form. */
export function copyOperands(node: Instruction): string[] {
  const content = node.getArgumentsContent() ?? ''
  const json = parseJsonArray(content.trim())
  if (json) return json
  return node.getArguments().map(argument => argument.getValue())
}

/** The exact text of an instruction, continuation lines included. */
export function instructionText(parsed: ParsedDockerfile, instruction: StageInstruction): string {
  return parsed.lines.slice(instruction.startLine, instruction.endLine + 1).join('\n')
}

/** The arguments of an instruction as written after its keyword (and flags). */
export function argumentsOf(instruction: StageInstruction): string {
  return instruction.node.getArgumentsContent() ?? ''
}

/** The operands of a COPY/ADD with their ARG and ENV references expanded. */
export function expandedCopyOperands(instruction: StageInstruction): string[] {
  return copyOperands(instruction.node).map(o => expandVariables(o, instruction.variables))
}

/** The last instruction with this keyword: the one that counts for CMD, ENTRYPOINT, USER… */
export function lastInstruction(
  instructions: readonly StageInstruction[],
  keyword: string
): StageInstruction | undefined {
  return instructions.filter(i => i.keyword === keyword).at(-1)
}
