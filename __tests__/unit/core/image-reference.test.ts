import { describe, expect, it } from '@jest/globals'
import { parseReference } from '../../../src/core/image-reference.js'

describe('parseReference', () => {
  it('splits references as docker reads them', () => {
    expect(parseReference('ghcr.io/acme/api:1.4')).toMatchObject({
      registry: 'ghcr.io',
      repository: 'acme/api',
      reference: '1.4'
    })
    expect(parseReference('127.0.0.1:5000/acme/hello:multi')).toMatchObject({
      registry: '127.0.0.1:5000',
      repository: 'acme/hello',
      reference: 'multi'
    })
    expect(parseReference('alpine')).toMatchObject({
      registry: 'docker.io',
      repository: 'library/alpine',
      reference: 'latest'
    })
    expect(parseReference('localhost/x/y')).toMatchObject({
      registry: 'localhost',
      repository: 'x/y'
    })
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parseReference(`acme/api:1.4@${digest}`)).toMatchObject({
      registry: 'docker.io',
      repository: 'acme/api',
      reference: digest
    })
  })

  it('refuses what is not a reference', () => {
    for (const bad of ['', 'BAD REF', 'Acme/api', 'acme/api:', 'acme/api@sha256:zz', 'ghcr.io/'])
      expect(parseReference(bad)).toBeUndefined()
  })
})
