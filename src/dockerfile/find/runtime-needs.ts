import { posix } from 'node:path'
import type { GoFacts } from '../../go-source/types.js'
import type { Finding, ImageBinary } from '../types.js'
import type { ShippedBinary } from './binaries.js'
import { expandedCopyOperands, type StageInstruction } from '../read/parse.js'
import type { RunEffects } from './run-effects.js'
import type { User } from '../read/user.js'
import type { Variables } from '../read/variables.js'
import type { RuntimeUse } from '../../binary/index.js'

/** The non-root user the scratch image runs as. */
export interface RuntimeUser {
  uid: string
  gid: string
  name: string
  /** One line for the list of changes. */
  summary: string
  /** How an already-scratch original falls short here, or null when it does not. */
  gap: string | null
}

/** Files and settings the scratch image needs, each with the reason it is needed. */
export interface RuntimeNeeds {
  caBundle?: string
  zoneinfo?: string
  tmp?: string
  directories: { path: string; owned: boolean }[]
  /** Undefined when the original brings its own /etc/passwd and USER is kept as written. */
  user?: RuntimeUser
  warnings: Finding[]
  /**
   * What decided the CA bundle and the zoneinfo: the function tables of the binaries the
   * original image ships, or (when one of them was not read) a scan of the Go sources.
   */
  decidedBy: 'binary' | 'sources'
}

export interface RuntimeEvidence {
  facts: GoFacts
  effects: RunEffects
  /** ENV in effect when the original image runs. */
  env: Variables
  /** The USER the original runs as. */
  user: User
  /** Absolute paths the original final stage already COPYs into the image. */
  copiedPaths: readonly string[]
  /** The original image's copies of the binaries the alternative ships, where it was measured. */
  binaries?: readonly (ImageBinary | undefined)[]
}

// Imports that make TLS connections, where the program would need a CA bundle to verify peers.
const TLS_IMPORTS = ['net/http', 'crypto/tls', 'crypto/x509', 'net/smtp']
const TLS_IMPORT_PREFIXES = [
  'google.golang.org/grpc',
  'cloud.google.com/go',
  'github.com/aws/',
  'github.com/Azure/',
  'go.mongodb.org/',
  'github.com/jackc/pgx',
  'github.com/lib/pq',
  'github.com/go-sql-driver/mysql',
  'github.com/redis/',
  'github.com/nats-io/'
]

const KNOWN_USERS = new Map([
  ['nonroot', '65532'],
  ['nobody', '65534']
])

const DEFAULT_UID = '65532'

/** Decides what the scratch image must carry, from the sources and from the original image. */
export function runtimeNeeds(evidence: RuntimeEvidence): RuntimeNeeds {
  const { facts, effects } = evidence
  const copies = (prefix: string): boolean => evidence.copiedPaths.some(p => p.startsWith(prefix))
  const installed = (pkg: string): number | undefined =>
    effects.packages.find(p => p.name === pkg)?.line

  const caLine = installed('ca-certificates')
  const caInstalled = caLine ? `the original installs ca-certificates (line ${caLine})` : undefined
  const tzLine = installed('tzdata')
  const tz = evidence.env.get('TZ')
  const read = readBinaries(evidence.binaries)
  let caBundle: string | undefined
  let zoneinfo: string | undefined
  if (read) {
    // The binary knows what it can reach; what the original installed beside it is no evidence.
    const uses = (use: RuntimeUse): ImageBinary | undefined =>
      read.find(binary => binary.uses?.includes(use))
    const roots = uses('system-roots')
    if (roots && !uses('embedded-roots') && !copies('/etc/ssl')) {
      caBundle = `${roots.path} loads the system CA bundle (crypto/x509, in its function table)`
    }
    const zones = uses('load-location')
    if (!uses('embedded-tzdata') && !copies('/usr/share/zoneinfo')) {
      if (zones)
        zoneinfo = `${zones.path} loads time zones by name (time.LoadLocation, in its function table)`
      else if (tz) zoneinfo = `the image sets TZ=${tz}`
    }
  } else {
    const tlsImport =
      facts.imports.find(i => TLS_IMPORTS.includes(i)) ??
      facts.imports.find(i => TLS_IMPORT_PREFIXES.some(prefix => i.startsWith(prefix)))
    if (copies('/etc/ssl')) caBundle = undefined
    else if (tlsImport) {
      caBundle = [`the program imports ${tlsImport}`, caInstalled].filter(Boolean).join(', and ')
    } else caBundle = caInstalled

    if (facts.imports.includes('time/tzdata') || copies('/usr/share/zoneinfo')) zoneinfo = undefined
    else if (facts.loadsLocations) zoneinfo = 'the program calls time.LoadLocation'
    else if (tz) zoneinfo = `the image sets TZ=${tz}`
    else if (tzLine) zoneinfo = `the original installs tzdata (line ${tzLine})`
  }

  const tmp = facts.usesTempDir
    ? 'the program uses temporary files (os.CreateTemp, os.MkdirTemp or os.TempDir)'
    : undefined

  const decided = copies('/etc/passwd') ? undefined : runtimeUser(evidence)
  const directories = effects.directories.map(d => ({ path: d.path, owned: !!d.ownedBy }))
  const warnings = decided?.warning ? [decided.warning] : []
  return {
    caBundle,
    zoneinfo,
    tmp,
    directories,
    user: decided?.user,
    warnings,
    decidedBy: read ? 'binary' : 'sources'
  }
}

/** The binaries, when every one was measured and its function table read; else undefined. */
function readBinaries(
  binaries: readonly (ImageBinary | undefined)[] | undefined
): ImageBinary[] | undefined {
  if (!binaries || binaries.length === 0) return undefined
  const read = binaries.filter((b): b is ImageBinary => b?.uses !== undefined)
  return read.length === binaries.length ? read : undefined
}

function runtimeUser(evidence: RuntimeEvidence): { user: RuntimeUser; warning?: Finding } {
  const { written, name, group, isRoot, setBy } = evidence.user
  // An image that says USER root in so many words is kept as it is; one that says nothing ran as
  // root only by default, and gets the non-root user.
  if (isRoot) {
    return {
      user: {
        uid: '0',
        gid: '0',
        name: 'root',
        summary: 'runs as root: the original sets USER root explicitly',
        gap: null
      }
    }
  }
  if (!written) {
    return {
      user: {
        uid: DEFAULT_UID,
        gid: DEFAULT_UID,
        name: 'nonroot',
        summary: `runs as ${DEFAULT_UID}:${DEFAULT_UID}: the original ran as root`,
        gap: `runs as root: add USER ${DEFAULT_UID}:${DEFAULT_UID}`
      }
    }
  }
  if (/^\d+$/.test(name)) {
    const gid = group && /^\d+$/.test(group) ? group : name
    return {
      user: {
        uid: name,
        gid,
        name: name === DEFAULT_UID ? 'nonroot' : 'app',
        summary: `runs as ${name}:${gid}, as the original did`,
        gap: null
      }
    }
  }
  const created = evidence.effects.users.find(u => u.name === name)
  const groupName = group ?? created?.group ?? name
  const groupGid = /^\d+$/.test(groupName)
    ? groupName
    : evidence.effects.groups.find(g => g.name === groupName)?.gid
  const uid = created?.uid ?? KNOWN_USERS.get(name)
  if (!uid) {
    return {
      user: {
        uid: DEFAULT_UID,
        gid: DEFAULT_UID,
        name,
        summary: `runs as ${DEFAULT_UID}:${DEFAULT_UID}: the uid of "${name}" is not in the Dockerfile`,
        gap: null
      },
      warning: {
        line: setBy ? setBy.startLine + 1 : (created?.line ?? 0),
        message: `cannot tell the uid of user "${name}": the alternative runs as ${DEFAULT_UID}; give adduser/useradd a -u UID to keep it`
      }
    }
  }
  const gid = groupGid ?? uid
  return {
    user: {
      uid,
      gid,
      name,
      summary: `runs as ${uid}:${gid}, the uid of "${name}" that the original created and ran as`,
      gap: null
    }
  }
}

/** Where the original final stage's own COPY/ADD lines put files (it may bring its own CA bundle). */
export function copiedPaths(
  instructions: readonly StageInstruction[],
  binaries: readonly ShippedBinary[]
): string[] {
  return instructions
    .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && !binaries.some(b => b.copy === i))
    .map(i => posix.resolve(i.workdir, expandedCopyOperands(i).at(-1) ?? '.'))
}
