import * as path from 'node:path'
import type { BuildOptions, BuildSecret } from '../core/build-inputs.js'

/** The `docker buildx build` flags of build-push-action's inputs, and the environment they need. */
export interface BuildFlags {
  args: string[]
  /** Secrets given as values reach buildx through its environment, never its command line. */
  env: Record<string, string>
}

const SECRET_ENV_PREFIX = 'GO_IMAGE_BUDGET_SECRET_'

/**
 * Flags in the order build-push-action passes them. `exportCache`: whether this build writes
 * `cache-to` (only the build of the image itself does: every export to a destination replaces the
 * one before, so the alternative's or the base commit's would take the image's place).
 */
export function buildFlagsOf(options: BuildOptions, exportCache: boolean): BuildFlags {
  const args: string[] = []
  const env: Record<string, string> = {}
  const each = (flag: string, values: readonly string[]): void => {
    for (const value of values) args.push(flag, value)
  }
  each('--add-host', options.addHosts)
  each('--allow', options.allow)
  each('--build-context', options.buildContexts)
  each('--cache-from', options.cacheFrom)
  if (exportCache) each('--cache-to', options.cacheTo)
  each('--label', options.labels)
  options.secrets.forEach((secret, index) => {
    args.push('--secret', secretFlag(secret, `${SECRET_ENV_PREFIX}${index}`, env))
  })
  if (options.shmSize) args.push('--shm-size', options.shmSize)
  each('--ssh', options.ssh)
  each('--ulimit', options.ulimits)
  if (options.network) args.push('--network', options.network)
  if (options.noCache) args.push('--no-cache')
  return { args, env }
}

function secretFlag(secret: BuildSecret, envName: string, env: Record<string, string>): string {
  const { source } = secret
  if (source.kind === 'env') return `id=${secret.id},env=${source.name}`
  if (source.kind === 'file') return `id=${secret.id},src=${path.resolve(source.path)}`
  env[envName] = source.value
  return `id=${secret.id},env=${envName}`
}
