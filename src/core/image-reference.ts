/** An image reference split as docker reads it: `ghcr.io/acme/api:1.4`, `alpine@sha256:…`. */
export interface ImageReference {
  /** As given, for messages. */
  text: string
  /** `host[:port]` as docker names it (`docker.io` for Docker Hub). */
  registry: string
  /** `library/alpine`, `acme/api`. */
  repository: string
  /** A tag or a `sha256:` digest. */
  reference: string
}

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/
const TAG = /^[\w][\w.-]{0,127}$/
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/** The accepted forms, for error messages. */
export const REFERENCE_FORMS =
  'an image reference like ghcr.io/acme/api:1.4, 127.0.0.1:5000/acme/hello:multi or alpine@sha256:<digest>'

/**
 * Splits a reference by docker's rules: the first path component is a registry when it has a dot,
 * a colon or is `localhost`; otherwise the image is on Docker Hub, under `library/` when it has
 * one component. No tag means `latest`. Undefined when it is not a reference.
 */
export function parseReference(text: string): ImageReference | undefined {
  const trimmed = text.trim()
  let rest = trimmed
  let reference = 'latest'
  const at = rest.indexOf('@')
  if (at !== -1) {
    reference = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(reference)) return undefined
    // name:tag@digest: the digest decides, the tag is only a label.
    const tagColon = rest.lastIndexOf(':')
    if (tagColon > rest.lastIndexOf('/')) rest = rest.slice(0, tagColon)
  } else {
    const colon = rest.lastIndexOf(':')
    if (colon > rest.lastIndexOf('/')) {
      reference = rest.slice(colon + 1)
      rest = rest.slice(0, colon)
      if (!TAG.test(reference)) return undefined
    }
  }
  const parts = rest.split('/')
  let registry = 'docker.io'
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) registry = parts.shift()!
  if (registry === 'index.docker.io') registry = 'docker.io'
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library')
  if (parts.length === 0 || !parts.every(part => COMPONENT.test(part))) return undefined
  return { text: trimmed, registry, repository: parts.join('/'), reference }
}
