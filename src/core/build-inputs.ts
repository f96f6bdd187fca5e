import { parse } from 'csv-parse/sync'
import { InputError } from './input-error.js'

/**
 * The inputs docker/build-push-action takes to shape a build, with its names, its list forms and
 * its meaning, so a step that builds with it can pass the same lines here.
 */
export const BuildInput = {
  Secrets: 'secrets',
  SecretFiles: 'secret-files',
  SecretEnvs: 'secret-envs',
  Ssh: 'ssh',
  CacheFrom: 'cache-from',
  CacheTo: 'cache-to',
  BuildContexts: 'build-contexts',
  Labels: 'labels',
  NoCache: 'no-cache',
  Network: 'network',
  AddHosts: 'add-hosts',
  ShmSize: 'shm-size',
  Ulimit: 'ulimit',
  Allow: 'allow'
} as const

export type BuildInputName = (typeof BuildInput)[keyof typeof BuildInput]

/** Where a build secret's value is: given as a value (`secrets`), a file, or an environment variable. */
export type SecretSource =
  { kind: 'value'; value: string } | { kind: 'file'; path: string } | { kind: 'env'; name: string }

/** A secret a `RUN --mount=type=secret,id=…` reads. */
export interface BuildSecret {
  id: string
  source: SecretSource
}

/** What every build of the run is given besides the Dockerfile, its context, target and args. */
export interface BuildOptions {
  secrets: BuildSecret[]
  /** `default`, or `id=path` of an agent socket or key, as `docker buildx build --ssh` takes. */
  ssh: string[]
  cacheFrom: string[]
  /** Written by the build of the image only: an export replaces the one before it. */
  cacheTo: string[]
  /** `name=path` or `name=docker-image://…`, as `--build-context` takes. */
  buildContexts: string[]
  labels: string[]
  noCache: boolean
  network?: string
  addHosts: string[]
  shmSize?: string
  ulimits: string[]
  allow: string[]
}

export const NO_BUILD_OPTIONS: BuildOptions = {
  secrets: [],
  ssh: [],
  cacheFrom: [],
  cacheTo: [],
  buildContexts: [],
  labels: [],
  noCache: false,
  addHosts: [],
  ulimits: [],
  allow: []
}

/** Reads the build-push-action inputs; '' for one not set. Throws an InputError naming the input. */
export function parseBuildInputs(read: (name: BuildInputName) => string): BuildOptions {
  const list = (name: BuildInputName, ignoreComma: boolean): string[] =>
    listInput(read(name), ignoreComma)
  const text = (name: BuildInputName): string | undefined => read(name).trim() || undefined
  return {
    secrets: [
      ...secretsOf(BuildInput.Secrets, list(BuildInput.Secrets, true), value => ({
        kind: 'value',
        value
      })),
      ...secretsOf(BuildInput.SecretFiles, list(BuildInput.SecretFiles, true), path => ({
        kind: 'file',
        path
      })),
      ...secretsOf(BuildInput.SecretEnvs, list(BuildInput.SecretEnvs, false), name => ({
        kind: 'env',
        name
      }))
    ],
    ssh: list(BuildInput.Ssh, false),
    cacheFrom: list(BuildInput.CacheFrom, true),
    cacheTo: list(BuildInput.CacheTo, true),
    buildContexts: contextsOf(list(BuildInput.BuildContexts, true)),
    labels: list(BuildInput.Labels, true),
    noCache: booleanOf(BuildInput.NoCache, read(BuildInput.NoCache).trim()),
    network: text(BuildInput.Network),
    addHosts: list(BuildInput.AddHosts, false),
    shmSize: text(BuildInput.ShmSize),
    ulimits: list(BuildInput.Ulimit, true),
    allow: list(BuildInput.Allow, false)
  }
}

/**
 * A list input as @docker/actions-toolkit reads one: one item a line, or several on a line split
 * at commas; CSV quotes keep a comma (or a line break) inside an item. With `ignoreComma`, a
 * line is one item whatever its commas (`type=local,dest=dir`).
 */
export function listInput(value: string, ignoreComma: boolean): string[] {
  if (value.trim() === '') return []
  const records = parse(value, {
    columns: false,
    relaxQuotes: true,
    relaxColumnCount: true,
    skipEmptyLines: true
  }) as string[][]
  const items = records.flatMap(record => {
    if (ignoreComma) return [record.join(',')]
    return record.length === 1 ? (record[0] ?? '').split(',') : record
  })
  return items.map(item => item.trim()).filter(item => item !== '')
}

function secretsOf(
  name: BuildInputName,
  items: string[],
  source: (value: string) => SecretSource
): BuildSecret[] {
  const form = {
    secrets: 'id=value, like GIT_AUTH_TOKEN=${{ secrets.TOKEN }}',
    'secret-files': 'id=path, like netrc=${{ runner.temp }}/netrc',
    'secret-envs': 'id=ENV_NAME, like netrc=NETRC'
  }[name as 'secrets' | 'secret-files' | 'secret-envs']
  return items.map((item, index) => {
    const at = item.indexOf('=')
    const id = at > 0 ? item.slice(0, at).trim() : ''
    const value = at > 0 ? item.slice(at + 1) : ''
    // The item itself may be the secret: name its position, never its text.
    if (id === '' || value === '') throw new InputError(`${name}: item ${index + 1} is not ${form}`)
    return { id, source: source(name === 'secrets' ? value : value.trim()) }
  })
}

function contextsOf(items: string[]): string[] {
  for (const item of items) {
    if (!/^[^=\s]+=\S/.test(item)) {
      throw new InputError(
        `${BuildInput.BuildContexts} takes name=path or name=docker-image://image, one a line; got ${JSON.stringify(item)}`
      )
    }
  }
  return items
}

function booleanOf(name: BuildInputName, value: string): boolean {
  if (value === '') return false
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off)$/i.test(value)) return false
  throw new InputError(`${name} must be true or false; got ${JSON.stringify(value)}`)
}
