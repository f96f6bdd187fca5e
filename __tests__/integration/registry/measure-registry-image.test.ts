import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureRegistryImage } from '../../../src/registry/index.js'

// A registry on loopback that asks for a Bearer token, as ghcr.io and Docker Hub do: the client
// must answer the challenge with docker's credentials, read an index and skip its attestations.

const index = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    { digest: 'sha256:aaaa', size: 1, platform: { os: 'linux', architecture: 'amd64' } },
    {
      digest: 'sha256:bbbb',
      size: 1,
      platform: { os: 'linux', architecture: 'arm', variant: 'v7' }
    },
    {
      digest: 'sha256:cccc',
      size: 1,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
    }
  ]
}
const manifests: Record<string, unknown> = {
  'sha256:aaaa': {
    layers: [
      { digest: 'sha256:l1', size: 1000 },
      { digest: 'sha256:l2', size: 234 }
    ]
  },
  'sha256:bbbb': { layers: [{ digest: 'sha256:l3', size: 999 }] }
}

let server: Server
let registry: string
let dockerConfig: string
const seen: { token: string[]; basic: (string | undefined)[] } = { token: [], basic: [] }

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', `http://${registry}`)
  if (url.pathname === '/token') {
    seen.basic.push(request.headers.authorization)
    seen.token.push(url.searchParams.get('scope') ?? '')
    const ok =
      request.headers.authorization === `Basic ${Buffer.from('me:secret').toString('base64')}`
    response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
    response.end(JSON.stringify(ok ? { token: 'granted' } : {}))
    return
  }
  if (request.headers.authorization !== 'Bearer granted') {
    response.writeHead(401, {
      'www-authenticate': `Bearer realm="http://${registry}/token",service="loopback",scope="repository:acme/api:pull"`
    })
    response.end()
    return
  }
  const match = /^\/v2\/acme\/api\/manifests\/(.+)$/.exec(url.pathname)
  const body = match?.[1] === '1.4' ? index : manifests[match?.[1] ?? '']
  if (!body) {
    response.writeHead(404, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN' }] }))
    return
  }
  response.writeHead(200, {
    'content-type': 'application/vnd.oci.image.index.v1+json',
    'docker-content-digest': match?.[1] === '1.4' ? 'sha256:index' : match![1]!
  })
  response.end(JSON.stringify(body))
}

beforeAll(async () => {
  server = createServer(handle)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`
  dockerConfig = await mkdtemp(join(tmpdir(), 'docker-config-'))
  const auth = Buffer.from('me:secret').toString('base64')
  await writeFile(
    join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [registry]: { auth } } })
  )
})

afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
  await rm(dockerConfig, { recursive: true, force: true })
})

describe('measureRegistryImage', () => {
  it('measures each platform of an index from its manifests, with a token got as docker would', async () => {
    const measured = await measureRegistryImage(`${registry}/acme/api:1.4`, {
      env: { DOCKER_CONFIG: dockerConfig }
    })
    expect(measured).toEqual({
      reference: `${registry}/acme/api:1.4`,
      digest: 'sha256:index',
      platforms: [
        { platform: 'linux/amd64', digest: 'sha256:aaaa', compressedSize: 1234, layers: 2 },
        { platform: 'linux/arm/v7', digest: 'sha256:bbbb', compressedSize: 999, layers: 1 }
      ]
    })
    expect(seen.token).toContain('repository:acme/api:pull')
  })

  it('says not authorised without credentials, and not found for a missing tag', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'docker-config-'))
    try {
      await expect(
        measureRegistryImage(`${registry}/acme/api:1.4`, { env: { DOCKER_CONFIG: empty } })
      ).rejects.toThrow(`${registry}/acme/api:1.4: not authorised`)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
    await expect(
      measureRegistryImage(`${registry}/acme/api:2.0`, { env: { DOCKER_CONFIG: dockerConfig } })
    ).rejects.toThrow(`${registry}/acme/api:2.0: not found`)
  })

  it('says not reachable when nothing listens', async () => {
    await expect(measureRegistryImage('127.0.0.1:1/acme/api:1.4')).rejects.toThrow(
      '127.0.0.1:1/acme/api:1.4: not reachable'
    )
  })
})
