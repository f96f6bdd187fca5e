import { describe, expect, it } from '@jest/globals'
import { parseChallenge } from '../../../src/registry/client.js'

describe('parseChallenge', () => {
  it('reads the scheme and parameters of a WWW-Authenticate header', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://ghcr.io/token',
        service: 'ghcr.io',
        scope: 'repository:acme/api:pull'
      }
    })
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' }
    })
  })
})
