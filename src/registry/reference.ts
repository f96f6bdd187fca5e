export { parseReference, REFERENCE_FORMS, type ImageReference } from '../core/image-reference.js'

/** Loopback registries are spoken to over plain HTTP, as docker allows them to be. */
export function registryBaseUrl(registry: string): string {
  if (registry === 'docker.io') return 'https://registry-1.docker.io'
  const host = registry.replace(/:\d+$/, '')
  const loopback = host === 'localhost' || /^127\./.test(host) || host === '[::1]'
  return `${loopback ? 'http' : 'https'}://${registry}`
}
