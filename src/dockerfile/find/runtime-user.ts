import type { Finding } from '../types.js'
import type { GroupEntry, PasswdEntry } from '../read/passwd.js'
import type { User } from '../read/user.js'
import type { RunEffects } from './run-effects.js'

/** The user the scratch image runs as, and writes into its /etc/passwd. */
export interface RuntimeUser {
  uid: string
  gid: string
  name: string
  /** The home its /etc/passwd line names: docker sets HOME from it when the image does not. */
  home: string
  /** The name of its primary group, for /etc/group. */
  groupName: string
  /** One line for the list of changes. */
  summary: string
  /** How an already-scratch original falls short here, or null when it does not. */
  gap: string | null
}

/** Who the original runs as, as far as the Dockerfile and its /etc/passwd tell. */
export interface UserEvidence {
  user: User
  effects: RunEffects
  /** The original's /etc/passwd and /etc/group, when the measurement read them. */
  passwd?: PasswdEntry[]
  groups?: GroupEntry[]
  /** The final stage starts from a distroless image. */
  distroless: boolean
}

/** Where the original's runtime user lives, and how that is known. */
export interface UserHome {
  path: string
  reason: string
}

export interface DecidedUser {
  user: RuntimeUser
  /** The uid and gid the original itself runs as, when known; the directories it owns follow. */
  original?: { uid: number; gid: number; home?: UserHome }
  warning?: Finding
}

const KNOWN_USERS = new Map([
  ['nonroot', '65532'],
  ['nobody', '65534']
])

export const DEFAULT_UID = '65532'
const NO_HOME = '/nonexistent'
const NUMERIC = /^\d+$/
const DISTROLESS_HOME = '/home/nonroot'

/** The user the alternative runs as: the original's, or the non-root default for a root one. */
export function decideUser(evidence: UserEvidence): DecidedUser {
  const { written, name, group, isRoot, setBy } = evidence.user
  const passwd = evidence.passwd
  const homeOf = (entry: PasswdEntry | undefined, uid: string): UserHome | undefined => {
    if (entry)
      return { path: entry.home, reason: "the runtime user's home in the original's /etc/passwd" }
    // Unread, distroless's /etc/passwd gives 65532 this home; a read one that lacks it gives none.
    if (!passwd && evidence.distroless && uid === DEFAULT_UID) {
      return {
        path: DISTROLESS_HOME,
        reason: "the runtime user's home by the distroless convention"
      }
    }
    return undefined
  }
  // An image that says USER root in so many words is kept as it is; one that says nothing ran as
  // root only by default, and gets the non-root user.
  if (isRoot) {
    const home = homeOf(
      passwd?.find(entry => entry.uid === 0),
      '0'
    )
    return {
      user: {
        ...identity('0', '0', 'root', home?.path ?? NO_HOME, 'root'),
        summary: 'runs as root: the original sets USER root explicitly',
        gap: null
      },
      original: { uid: 0, gid: 0, home }
    }
  }
  if (!written) {
    return {
      user: {
        ...identity(DEFAULT_UID, DEFAULT_UID, 'nonroot', NO_HOME, 'nonroot'),
        summary: `runs as ${DEFAULT_UID}:${DEFAULT_UID}: the original ran as root`,
        gap: `runs as root: add USER ${DEFAULT_UID}:${DEFAULT_UID}`
      },
      original: { uid: 0, gid: 0 }
    }
  }
  const groupId = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined
    if (NUMERIC.test(value)) return value
    const listed = evidence.groups?.find(g => g.name === value)?.gid
    return listed !== undefined
      ? String(listed)
      : evidence.effects.groups.find(g => g.name === value)?.gid
  }
  if (NUMERIC.test(name)) {
    const entry = passwd?.find(e => String(e.uid) === name)
    const gid = groupId(group) ?? (entry ? String(entry.gid) : name)
    const userName = entry?.name ?? (name === DEFAULT_UID ? 'nonroot' : 'app')
    const home = homeOf(entry, name)
    return {
      user: {
        ...identity(name, gid, userName, home?.path ?? NO_HOME, groupName(evidence, gid, userName)),
        summary: `runs as ${name}:${gid}, as the original did`,
        gap: null
      },
      original: { uid: Number(name), gid: Number(gid), home }
    }
  }
  const entry = passwd?.find(e => e.name === name)
  const created = evidence.effects.users.find(u => u.name === name)
  const uid = entry ? String(entry.uid) : (created?.uid ?? KNOWN_USERS.get(name))
  if (!uid) {
    const where = passwd ? "the original's /etc/passwd or the Dockerfile" : 'the Dockerfile'
    return {
      user: {
        ...identity(DEFAULT_UID, DEFAULT_UID, name, NO_HOME, name),
        summary: `runs as ${DEFAULT_UID}:${DEFAULT_UID}: the uid of "${name}" is not in ${where}`,
        gap: null
      },
      warning: {
        line: setBy ? setBy.startLine + 1 : (created?.line ?? 0),
        message: `cannot tell the uid of user "${name}": the alternative runs as ${DEFAULT_UID}; give adduser/useradd a -u UID to keep it`
      }
    }
  }
  const primary = entry && group === undefined ? String(entry.gid) : undefined
  const gid = primary ?? groupId(group ?? created?.group ?? name) ?? uid
  const source = entry
    ? `the uid of "${name}" in the original's /etc/passwd`
    : `the uid of "${name}" that the original created and ran as`
  const home = homeOf(entry, uid)
  return {
    user: {
      ...identity(uid, gid, name, home?.path ?? NO_HOME, groupName(evidence, gid, name)),
      summary: `runs as ${uid}:${gid}, ${source}`,
      gap: null
    },
    original: { uid: Number(uid), gid: Number(gid), home }
  }
}

function identity(
  uid: string,
  gid: string,
  name: string,
  home: string,
  groupName: string
): Pick<RuntimeUser, 'uid' | 'gid' | 'name' | 'home' | 'groupName'> {
  return { uid, gid, name, home, groupName }
}

/** The original's name for the group, else the user's name, as the alternative always wrote. */
function groupName(evidence: UserEvidence, gid: string, fallback: string): string {
  return evidence.groups?.find(g => String(g.gid) === gid)?.name ?? fallback
}
