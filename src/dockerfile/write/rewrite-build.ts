import type { GoBuild } from '../find/go-build.js'
import type { GoFlag } from '../find/go-flags.js'
import type { LinkMode } from '../find/link-mode.js'
import {
  alreadyStripped,
  mergeLinkerFlags,
  mergeTags,
  quote,
  readFlagValue,
  writeFlagValue,
  type FlagValue
} from './ldflags.js'

/** What one rewrite did to one go command, for the plan's list of changes. */
export interface BuildRewriteNotes {
  cgoDisabled: boolean
  /** The CGO_ENABLED value the stage or command had set, when CGO_ENABLED=0 replaced it. */
  cgoOverridden?: string
  trimpathAdded: boolean
  ldflags: 'added' | 'merged' | 'kept' | 'unreadable'
  /** Set when `-o` was added or made absolute. */
  output?: string
}

interface Edit {
  start: number
  end: number
  text: string
}

const STATIC_CGO_LDFLAGS = ['-linkmode=external', '-extldflags=-static']
// The pure-Go resolver and user lookup keep a static glibc binary from needing NSS at run time.
const STATIC_CGO_TAGS = ['netgo', 'osusergo']

/** Rewrites every go command of one RUN instruction; `text` is that instruction's full text. */
export function rewriteGoBuilds(
  text: string,
  builds: readonly GoBuild[],
  mode: LinkMode
): { text: string; notes: BuildRewriteNotes[] } {
  const edits: Edit[] = []
  const notes = builds.map(build => {
    const { edits: buildEdits, notes } = planEdits(build, mode)
    edits.push(
      ...buildEdits.map(e => ({ ...e, start: e.start + build.offset, end: e.end + build.offset }))
    )
    return notes
  })
  let result = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return { text: result, notes }
}

function planEdits(build: GoBuild, mode: LinkMode): { edits: Edit[]; notes: BuildRewriteNotes } {
  const edits: Edit[] = []
  const inserted: string[] = []
  const flag = (name: string): GoFlag | undefined => build.flags.find(f => f.name === name)
  const notes: BuildRewriteNotes = {
    cgoDisabled: false,
    trimpathAdded: false,
    ldflags: 'kept'
  }

  if (mode === 'pure-go') {
    const assignment = [...build.command.assignments, ...build.command.words].find(
      word => word.start < build.goWord.start && word.value.startsWith('CGO_ENABLED=')
    )
    const current = build.env.get('CGO_ENABLED')
    if (assignment && assignment.value !== 'CGO_ENABLED=0') {
      edits.push({ start: assignment.start, end: assignment.end, text: 'CGO_ENABLED=0' })
      notes.cgoDisabled = true
    } else if (!assignment && current !== '0') {
      edits.push({ start: build.goWord.start, end: build.goWord.start, text: 'CGO_ENABLED=0 ' })
      notes.cgoDisabled = true
    }
    if (notes.cgoDisabled && current !== undefined) notes.cgoOverridden = current
  }

  if (!flag('trimpath')) {
    inserted.push('-trimpath')
    notes.trimpathAdded = true
  }

  const extraLdflags = mode === 'static-cgo' ? STATIC_CGO_LDFLAGS : []
  const ldflags = flag('ldflags')
  if (ldflags) {
    const current = flagText(ldflags)
    if (!current) notes.ldflags = 'unreadable'
    else {
      const merged = { ...current, text: mergeLinkerFlags(current.text, extraLdflags) }
      const unchanged = alreadyStripped(current.text) && extraLdflags.length === 0
      if (!unchanged) {
        edits.push(replaceFlag(ldflags, writeFlagValue(merged, current.quote)))
        notes.ldflags = 'merged'
      }
    }
  } else {
    const fromGoflags = /(?:^|\s)-ldflags=(\S+)/.exec(build.env.get('GOFLAGS') ?? '')?.[1]
    inserted.push(`-ldflags=${quote(mergeLinkerFlags(fromGoflags ?? '', extraLdflags))}`)
    notes.ldflags = fromGoflags ? 'merged' : 'added'
  }

  if (mode === 'static-cgo') {
    const tags = flag('tags')
    const current = tags ? flagText(tags) : null
    if (tags && current) {
      const merged = { ...current, text: mergeTags(current.text, STATIC_CGO_TAGS) }
      if (merged.text !== current.text) {
        edits.push(replaceFlag(tags, writeFlagValue(merged, current.quote)))
      }
    } else if (!tags) {
      inserted.push(`-tags=${STATIC_CGO_TAGS.join(',')}`)
    }
  }

  if (build.verb === 'build' && build.output) {
    const o = flag('o')
    const wanted = build.outputIsDirectory ? `${build.output}/` : build.output
    if (!o) {
      inserted.push(`-o ${quote(wanted, '')}`)
      notes.output = build.output
    } else if (!o.value.startsWith('/') && !o.value.startsWith('$')) {
      edits.push(replaceFlag(o, quote(wanted, '')))
      notes.output = build.output
    }
  }

  if (inserted.length > 0) {
    edits.push({
      start: build.verbWord.end,
      end: build.verbWord.end,
      text: ` ${inserted.join(' ')}`
    })
  }
  return { edits, notes }
}

/**
 * The value of a flag as cmd/go gets it (`-name value`, `-name=value`, or the whole word quoted),
 * or null when it holds what cannot be written back (a command substitution).
 */
function flagText(flag: GoFlag): FlagValue | null {
  const [first, second] = flag.words
  if (second) return readFlagValue(second.raw)
  if (!first) return null
  const whole = readFlagValue(first.raw)
  if (!whole) return null
  return { ...whole, text: whole.text.slice(whole.text.indexOf('=') + 1) }
}

/** Replaces a flag's value, keeping the user's `-name value` or `-name=value` spelling. */
function replaceFlag(flag: GoFlag, quotedValue: string): Edit {
  const [first, second] = flag.words as [GoFlag['words'][0], GoFlag['words'][0]?]
  if (second) return { start: second.start, end: second.end, text: quotedValue }
  const dash = first.value.startsWith('--') ? '--' : '-'
  return { start: first.start, end: first.end, text: `${dash}${flag.name}=${quotedValue}` }
}
