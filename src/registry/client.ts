import { Agent, interceptors, request, type Dispatcher } from 'undici'
import { credentialsFor, type CredentialOptions, type RegistryCredentials } from './credentials.js'
import { RegistryError } from './errors.js'
import { registryBaseUrl, type ImageReference } from './reference.js'

/** The manifest and index types we read, in the order we prefer them. */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]

export interface RegistryClientOptions extends CredentialOptions {
  /** Milliseconds a request may take to connect and to answer; 15 s unless told. */
  timeoutMs?: number
}

export interface FetchedDocument {
  /** The digest the registry names it by (`Docker-Content-Digest`), when it says. */
  digest?: string
  mediaType?: string
  body: unknown
}

/**
 * Reads manifests and small blobs of one repository over the distribution API, authenticating as
 * docker does: anonymous first, then on a 401 the challenge's Bearer token service (with docker's
 * credentials for the registry, when it has any) or Basic credentials.
 */
export class RegistryClient {
  private readonly base: string
  private readonly dispatcher: Dispatcher
  private authorization: string | undefined
  private credentials: Promise<RegistryCredentials | undefined> | undefined

  constructor(
    private readonly image: ImageReference,
    private readonly options: RegistryClientOptions = {}
  ) {
    this.base = registryBaseUrl(image.registry)
    const timeout = options.timeoutMs ?? 15_000
    // Blobs are often served from elsewhere (a CDN, object storage) through a redirect.
    this.dispatcher = new Agent({
      connect: { timeout },
      headersTimeout: timeout,
      bodyTimeout: timeout
    }).compose(interceptors.redirect({ maxRedirections: 5 }))
  }

  manifest(reference: string): Promise<FetchedDocument> {
    return this.get(`manifests/${reference}`, MANIFEST_TYPES.join(', '))
  }

  blob(digest: string): Promise<FetchedDocument> {
    return this.get(`blobs/${digest}`, '*/*')
  }

  async close(): Promise<void> {
    await this.dispatcher.close()
  }

  private async get(path: string, accept: string): Promise<FetchedDocument> {
    const url = `${this.base}/v2/${this.image.repository}/${path}`
    let response = await this.send(url, accept)
    if (response.statusCode === 401 && this.authorization === undefined) {
      const challenge = response.headers['www-authenticate']
      await response.body.dump()
      this.authorization = await this.authorize(Array.isArray(challenge) ? challenge[0] : challenge)
      response = await this.send(url, accept)
    }
    const { statusCode, headers } = response
    if (statusCode !== 200) {
      const text = await response.body.text().catch(() => '')
      throw this.failure(statusCode, text)
    }
    let body: unknown
    try {
      body = await response.body.json()
    } catch (error) {
      throw new RegistryError(
        this.image.text,
        'not-reachable',
        `${url} did not answer JSON: ${(error as Error).message}`
      )
    }
    const digest = headers['docker-content-digest']
    const type = headers['content-type']
    return {
      digest: typeof digest === 'string' ? digest : undefined,
      mediaType: typeof type === 'string' ? type.split(';')[0] : undefined,
      body
    }
  }

  private async send(url: string, accept: string): Promise<Dispatcher.ResponseData> {
    const headers: Record<string, string> = { accept }
    if (this.authorization) headers.authorization = this.authorization
    try {
      return await request(url, { headers, dispatcher: this.dispatcher })
    } catch (error) {
      const { code, message } = error as { code?: string; message: string }
      throw new RegistryError(this.image.text, 'not-reachable', `${url}: ${code ?? message}`)
    }
  }

  /** Answers a `WWW-Authenticate` challenge with the header to retry with. */
  private async authorize(challenge: string | undefined): Promise<string> {
    const parsed = parseChallenge(challenge ?? '')
    this.credentials ??= credentialsFor(this.image.registry, this.options)
    const credentials = await this.credentials
    const basic = credentials
      ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      : undefined
    if (parsed?.scheme !== 'bearer' || !parsed.params.realm) {
      if (basic) return basic
      throw new RegistryError(
        this.image.text,
        'not-authorised',
        'the registry asks for credentials'
      )
    }
    const tokenUrl = new URL(parsed.params.realm)
    if (parsed.params.service) tokenUrl.searchParams.set('service', parsed.params.service)
    tokenUrl.searchParams.set(
      'scope',
      parsed.params.scope ?? `repository:${this.image.repository}:pull`
    )
    let response: Dispatcher.ResponseData
    try {
      response = await request(tokenUrl, {
        headers: basic ? { authorization: basic } : {},
        dispatcher: this.dispatcher
      })
    } catch (error) {
      const { code, message } = error as { code?: string; message: string }
      throw new RegistryError(
        this.image.text,
        'not-reachable',
        `token service ${tokenUrl.origin}: ${code ?? message}`
      )
    }
    if (response.statusCode !== 200) {
      await response.body.dump()
      throw new RegistryError(
        this.image.text,
        'not-authorised',
        `the token service answered HTTP ${response.statusCode}${credentials ? '' : ' to an anonymous request'}`
      )
    }
    const { token, access_token } = (await response.body.json()) as {
      token?: string
      access_token?: string
    }
    const granted = token ?? access_token
    if (!granted) {
      throw new RegistryError(this.image.text, 'not-authorised', 'the token service gave no token')
    }
    return `Bearer ${granted}`
  }

  private failure(statusCode: number, body: string): RegistryError {
    const code = registryErrorCode(body)
    const detail = `HTTP ${statusCode}${code ? ` ${code}` : ''} from ${this.image.registry}`
    if (statusCode === 404 || code === 'MANIFEST_UNKNOWN' || code === 'NAME_UNKNOWN')
      return new RegistryError(this.image.text, 'not-found', detail)
    if (statusCode === 401 || statusCode === 403 || code === 'DENIED' || code === 'UNAUTHORIZED')
      return new RegistryError(this.image.text, 'not-authorised', detail)
    return new RegistryError(this.image.text, 'not-reachable', detail)
  }
}

/** `Bearer realm="https://…",service="…",scope="…"` → its scheme and parameters. */
export function parseChallenge(
  header: string
): { scheme: string; params: Record<string, string> } | undefined {
  const match = /^\s*(\w+)\s*(.*)$/.exec(header)
  if (!match) return undefined
  const params: Record<string, string> = {}
  for (const [, key, quoted, bare] of match[2]!.matchAll(
    /(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g
  ))
    params[key!.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare!
  return { scheme: match[1]!.toLowerCase(), params }
}

function registryErrorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { errors?: { code?: string }[] }).errors?.[0]?.code
  } catch {
    return undefined
  }
}
