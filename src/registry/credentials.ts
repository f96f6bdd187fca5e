import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** What to present to a registry: a user and password (or token), or nothing. */
export interface RegistryCredentials {
  username: string
  password: string
}

export interface CredentialOptions {
  env?: NodeJS.ProcessEnv
  /** A GitHub token (the action's `github-token`), used for ghcr.io when docker has none. */
  githubToken?: string
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/**
 * Finds credentials as docker does: a credential helper named for the registry, else the default
 * store, else `auths` in `$DOCKER_CONFIG/config.json` (or `~/.docker/config.json`). For ghcr.io,
 * a GitHub token stands in when docker has nothing, as `docker login ghcr.io` with it would.
 */
export async function credentialsFor(
  registry: string,
  options: CredentialOptions = {}
): Promise<RegistryCredentials | undefined> {
  const env = options.env ?? process.env
  const config = await readDockerConfig(env)
  const keys = registry === 'docker.io' ? ['https://index.docker.io/v1/', 'docker.io'] : [registry]
  const helper = keys.map(key => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore
  const fromDocker = helper
    ? await fromHelper(helper, keys[0]!, env)
    : fromAuths(config, [...keys, ...keys.map(key => `https://${key}`)])
  if (fromDocker) return fromDocker
  const token = options.githubToken || env.GITHUB_TOKEN
  if (registry === 'ghcr.io' && token) {
    return { username: env.GITHUB_ACTOR || 'x-access-token', password: token }
  }
  return undefined
}

async function readDockerConfig(env: NodeJS.ProcessEnv): Promise<DockerConfig> {
  const dir = env.DOCKER_CONFIG || join(homedir(), '.docker')
  try {
    return JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as DockerConfig
  } catch {
    // No config (or an unreadable one) is what docker treats as no credentials.
    return {}
  }
}

function fromAuths(config: DockerConfig, keys: string[]): RegistryCredentials | undefined {
  for (const key of keys) {
    const entry = config.auths?.[key]
    if (!entry) continue
    if (entry.username && entry.password)
      return { username: entry.username, password: entry.password }
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0)
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
    }
  }
  return undefined
}

/** `docker-credential-<helper> get`, the server on stdin, `{ Username, Secret }` on stdout. */
function fromHelper(
  helper: string,
  server: string,
  env: NodeJS.ProcessEnv
): Promise<RegistryCredentials | undefined> {
  return new Promise(resolve => {
    const child = execFile(
      `docker-credential-${helper}`,
      ['get'],
      { env, timeout: 10_000 },
      (error, stdout) => {
        // A helper that knows nothing of the server exits non-zero: no credentials, as for docker.
        if (error) return resolve(undefined)
        try {
          const { Username, Secret } = JSON.parse(stdout) as { Username?: string; Secret?: string }
          resolve(Username && Secret ? { username: Username, password: Secret } : undefined)
        } catch {
          resolve(undefined)
        }
      }
    )
    child.stdin?.end(server)
  })
}
