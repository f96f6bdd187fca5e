import { posix } from 'node:path'
import { parse } from 'shell-quote'
import { alreadyStripped } from '../write/ldflags.js'

/*
 * What `make -n -B --trace TARGET` prints: each recipe it would run, announced by a line such as
 * `Makefile:7: update target 'bin/server' due to: FORCE`, then its commands as the shell would get
 * them, variables expanded. The go builds among them say where `-s -w` belongs.
 */

/** A go command make would run, and the Makefile line of its recipe. */
export interface MadeGoBuild {
  /** `Makefile:7`, or undefined when make printed no --trace line before it. */
  recipe?: string
  command: string
  /** The `-o` path, absolute; undefined when the command names none. */
  output?: string
  stripped: boolean
}

const TRACE = /^(\S+:\d+): (?:update )?target '[^']*'/
const GO_BUILD = /(?:^|[\s;&|(])(?:\S*\/)?go\s+(?:build|install)\b/

/** The go builds in make's dry-run output, in order. */
export function goBuildsOfDryRun(output: string, workdir: string): MadeGoBuild[] {
  const builds: MadeGoBuild[] = []
  let recipe: string | undefined
  for (const line of output.split('\n')) {
    const trace = TRACE.exec(line)
    if (trace) {
      recipe = trace[1]
      continue
    }
    if (!GO_BUILD.test(line)) continue
    const words = parse(line).filter((word): word is string => typeof word === 'string')
    const o = words.findIndex(word => word === '-o' || word.startsWith('-o='))
    const value =
      o === -1 ? undefined : words[o]!.startsWith('-o=') ? words[o]!.slice(3) : words[o + 1]
    const ldflags = words.findIndex(word => word === '-ldflags' || word.startsWith('-ldflags='))
    const flags =
      ldflags === -1
        ? ''
        : words[ldflags]!.startsWith('-ldflags=')
          ? words[ldflags]!.slice('-ldflags='.length)
          : (words[ldflags + 1] ?? '')
    builds.push({
      recipe,
      command: line.trim(),
      output: value ? posix.resolve(workdir, value) : undefined,
      stripped: alreadyStripped(flags)
    })
  }
  return builds
}

/**
 * Where to add `-s -w` for the unstripped binaries at `sources`: the go builds that write them,
 * or every unstripped go build when none names its output.
 */
export function stripAdvice(
  builds: readonly MadeGoBuild[],
  sources: readonly string[],
  makeCommand: string
): string | undefined {
  const writing = builds.filter(build => build.output && sources.includes(build.output))
  const chosen = (writing.length > 0 ? writing : builds).filter(build => !build.stripped)
  if (chosen.length === 0) return undefined
  const where = chosen
    .map(build => `${build.recipe ? `${build.recipe}: ` : ''}\`${build.command}\``)
    .join('; ')
  return `\`${makeCommand}\` in the build stage shows where: add -s -w to the -ldflags of ${where}`
}
