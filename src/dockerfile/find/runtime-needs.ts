import { posix } from 'node:path'
import type { GoFacts } from '../../go-source/types.js'
import type { RuntimeUse } from '../../binary/index.js'
import type { Finding, ImageBinary, OriginalFilesystem } from '../types.js'
import type { ShippedBinary } from './binaries.js'
import { expandedCopyOperands, type StageInstruction } from '../read/parse.js'
import { readGroups, readPasswd } from '../read/passwd.js'
import type { RunEffects } from './run-effects.js'
import type { User } from '../read/user.js'
import type { Variables } from '../read/variables.js'
import type { Volume } from '../read/volumes.js'
import { decideUser, type RuntimeUser } from './runtime-user.js'
import { writableDirectories, type KeptDirectory } from './writable-directories.js'

export type { RuntimeUser } from './runtime-user.js'

/** Files and settings the scratch image needs, each with the reason it is needed. */
export interface RuntimeNeeds {
  caBundle?: string
  zoneinfo?: string
  /** Directories to make with their owner and mode, /tmp among them when the program needs it. */
  directories: KeptDirectory[]
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
  volumes: readonly Volume[]
  /** The original's final filesystem, when the measurement read it. */
  filesystem?: OriginalFilesystem
  /** The final stage starts from a distroless image. */
  distroless: boolean
  /** 1-based line of the final stage's FROM, for findings about the image as a whole. */
  fromLine: number
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

/** Decides what the scratch image must carry, from the sources and from the original image. */
export function runtimeNeeds(evidence: RuntimeEvidence): RuntimeNeeds {
  const { facts, effects } = evidence
  const copies = (prefix: string): boolean => evidence.copiedPaths.some(p => p.startsWith(prefix))
  const installed = (pkg: string): number | undefined =>
    effects.packages.find(p => p.name === pkg)?.line

  const read = readBinaries(evidence.binaries)
  const { caBundle, zoneinfo } = read
    ? certificatesAndZonesOfBinaries(read, evidence, copies)
    : certificatesAndZonesOfSources(evidence, copies, installed)

  const tmp = facts.usesTempDir
    ? 'the program uses temporary files (os.CreateTemp, os.MkdirTemp or os.TempDir)'
    : undefined

  const text = (path: string): string | undefined => {
    const file = evidence.filesystem?.files.find(f => f.path === path)
    return file && 'text' in file ? file.text : undefined
  }
  const passwd = text('/etc/passwd')
  const group = text('/etc/group')
  const decided = copies('/etc/passwd')
    ? undefined
    : decideUser({
        user: evidence.user,
        effects,
        passwd: passwd === undefined ? undefined : readPasswd(passwd),
        groups: group === undefined ? undefined : readGroups(group),
        distroless: evidence.distroless
      })
  const kept = writableDirectories({
    filesystem: evidence.filesystem,
    decided,
    env: evidence.env,
    volumes: evidence.volumes,
    tmp,
    made: effects.directories,
    copiedPaths: evidence.copiedPaths,
    fromLine: evidence.fromLine
  })
  const warnings = [...(decided?.warning ? [decided.warning] : []), ...kept.warnings]
  return {
    caBundle,
    zoneinfo,
    directories: kept.directories,
    user: decided?.user,
    warnings,
    decidedBy: read ? 'binary' : 'sources'
  }
}

type CertificatesAndZones = Pick<RuntimeNeeds, 'caBundle' | 'zoneinfo'>

/** The binaries, when every one was measured and its function table read; else undefined. */
function readBinaries(
  binaries: readonly (ImageBinary | undefined)[] | undefined
): ImageBinary[] | undefined {
  if (!binaries || binaries.length === 0) return undefined
  const read = binaries.filter((b): b is ImageBinary => b?.uses !== undefined)
  return read.length === binaries.length ? read : undefined
}

/** The binary knows what it can reach; what the original installed beside it is no evidence. */
function certificatesAndZonesOfBinaries(
  read: readonly ImageBinary[],
  evidence: RuntimeEvidence,
  copies: (prefix: string) => boolean
): CertificatesAndZones {
  const uses = (use: RuntimeUse): ImageBinary | undefined =>
    read.find(binary => binary.uses?.includes(use))
  const tz = evidence.env.get('TZ')
  const roots = uses('system-roots')
  const zones = uses('load-location')
  const caBundle =
    roots && !uses('embedded-roots') && !copies('/etc/ssl')
      ? `${roots.path} loads the system CA bundle (crypto/x509, in its function table)`
      : undefined
  let zoneinfo: string | undefined
  if (!uses('embedded-tzdata') && !copies('/usr/share/zoneinfo')) {
    if (zones)
      zoneinfo = `${zones.path} loads time zones by name (time.LoadLocation, in its function table)`
    else if (tz) zoneinfo = `the image sets TZ=${tz}`
  }
  return { caBundle, zoneinfo }
}

/** Without the binaries, the sources' imports and what the original installed. */
function certificatesAndZonesOfSources(
  evidence: RuntimeEvidence,
  copies: (prefix: string) => boolean,
  installed: (pkg: string) => number | undefined
): CertificatesAndZones {
  const { facts } = evidence
  const caLine = installed('ca-certificates')
  const caInstalled = caLine ? `the original installs ca-certificates (line ${caLine})` : undefined
  const tlsImport =
    facts.imports.find(i => TLS_IMPORTS.includes(i)) ??
    facts.imports.find(i => TLS_IMPORT_PREFIXES.some(prefix => i.startsWith(prefix)))
  let caBundle: string | undefined
  if (copies('/etc/ssl')) caBundle = undefined
  else if (tlsImport) {
    caBundle = [`the program imports ${tlsImport}`, caInstalled].filter(Boolean).join(', and ')
  } else caBundle = caInstalled

  const tzLine = installed('tzdata')
  const tz = evidence.env.get('TZ')
  let zoneinfo: string | undefined
  if (facts.imports.includes('time/tzdata') || copies('/usr/share/zoneinfo')) zoneinfo = undefined
  else if (facts.loadsLocations) zoneinfo = 'the program calls time.LoadLocation'
  else if (tz) zoneinfo = `the image sets TZ=${tz}`
  else if (tzLine) zoneinfo = `the original installs tzdata (line ${tzLine})`
  return { caBundle, zoneinfo }
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
