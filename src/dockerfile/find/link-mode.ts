import { cgoModuleOf } from '../../go-source/cgo-modules.js'
import type { GoFacts } from '../../go-source/types.js'
import type { Finding } from '../types.js'
import type { Blocker } from './commands.js'
import type { GoBuild } from './go-build.js'

/** How the binary must link: pure Go, or cgo linked statically against libc. */
export type LinkMode = 'pure-go' | 'static-cgo'

export const DISTROLESS_BASE = 'gcr.io/distroless/base-debian12'

// Libraries whose static archives come with the C toolchain (glibc or musl).
const LIBC_LIBRARIES = new Set(['c', 'm', 'pthread', 'dl', 'rt', 'resolv'])

export interface LinkDecision {
  mode: LinkMode
  blockers: Blocker[]
  changes: string[]
  warnings: Finding[]
}

/** Pure Go unless the program needs cgo; then a static cgo link, when one can work. */
export function decideLinkMode(facts: GoFacts, builds: readonly GoBuild[]): LinkDecision {
  const needsCgo = facts.usesCgo || facts.cgoModules.length > 0
  const cgoOff = builds.every(build => build.env.get('CGO_ENABLED') === '0')
  const pureGo: LinkDecision = { mode: 'pure-go', blockers: [], changes: [], warnings: [] }
  if (!needsCgo || cgoOff) return pureGo

  const line = (builds[0]?.instruction.startLine ?? 0) + 1
  const dynamic = facts.cgoModules.filter(m => cgoModuleOf(m)?.loadsLibrariesAtRunTime)
  if (dynamic.length > 0) {
    return {
      ...pureGo,
      blockers: [
        {
          line,
          message: `the program uses ${dynamic.join(', ')}, which loads C libraries at run time: a static binary cannot, so the image needs a libc and those libraries`,
          nearest: DISTROLESS_BASE
        }
      ]
    }
  }
  const why = facts.usesCgo ? 'import "C"' : facts.cgoModules.join(', ')
  const extra = (facts.cgoLibraries ?? []).filter(lib => !LIBC_LIBRARIES.has(lib))
  return {
    mode: 'static-cgo',
    blockers: [],
    changes: [
      `static cgo link: -linkmode=external -extldflags=-static and -tags netgo,osusergo, as the program needs cgo (${why})`
    ],
    warnings:
      extra.length > 0
        ? [
            {
              line,
              message: `the static link needs ${extra.map(lib => `lib${lib}.a`).join(', ')} in the build stage (install the -dev/-static package)`
            }
          ]
        : []
  }
}
