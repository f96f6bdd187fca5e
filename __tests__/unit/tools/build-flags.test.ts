import { describe, expect, it } from '@jest/globals'
import * as path from 'node:path'
import { NO_BUILD_OPTIONS } from '../../../src/core/build-inputs.js'
import { buildFlagsOf } from '../../../src/tools/build-flags.js'

describe('buildFlagsOf', () => {
  it('passes no flag for no options', () => {
    expect(buildFlagsOf(NO_BUILD_OPTIONS, true)).toEqual({ args: [], env: {} })
  })

  it('gives a secret value to buildx through its environment, never its command line', () => {
    const flags = buildFlagsOf(
      {
        ...NO_BUILD_OPTIONS,
        secrets: [
          { id: 'netrc', source: { kind: 'value', value: 'machine x password hunter2' } },
          { id: 'key', source: { kind: 'file', path: 'secrets/key.pem' } },
          { id: 'token', source: { kind: 'env', name: 'TOKEN' } }
        ]
      },
      false
    )
    expect(flags.args).toEqual([
      '--secret',
      'id=netrc,env=GO_IMAGE_BUDGET_SECRET_0',
      '--secret',
      `id=key,src=${path.resolve('secrets/key.pem')}`,
      '--secret',
      'id=token,env=TOKEN'
    ])
    expect(flags.env).toEqual({ GO_IMAGE_BUDGET_SECRET_0: 'machine x password hunter2' })
    expect(flags.args.join(' ')).not.toContain('hunter2')
  })

  it('writes cache-to only when asked to, and reads cache-from always', () => {
    const options = {
      ...NO_BUILD_OPTIONS,
      cacheFrom: ['type=local,src=/c'],
      cacheTo: ['type=local,dest=/c']
    }
    expect(buildFlagsOf(options, true).args).toEqual([
      '--cache-from',
      'type=local,src=/c',
      '--cache-to',
      'type=local,dest=/c'
    ])
    expect(buildFlagsOf(options, false).args).toEqual(['--cache-from', 'type=local,src=/c'])
  })

  it('passes the other options as buildx names them', () => {
    const flags = buildFlagsOf(
      {
        ...NO_BUILD_OPTIONS,
        ssh: ['default'],
        buildContexts: ['shared=../shared'],
        labels: ['a=b'],
        noCache: true,
        network: 'none',
        addHosts: ['db:10.0.0.2'],
        shmSize: '2g',
        ulimits: ['nofile=1024:1024'],
        allow: ['network.host']
      },
      true
    )
    expect(flags.args).toEqual([
      '--add-host',
      'db:10.0.0.2',
      '--allow',
      'network.host',
      '--build-context',
      'shared=../shared',
      '--label',
      'a=b',
      '--shm-size',
      '2g',
      '--ssh',
      'default',
      '--ulimit',
      'nofile=1024:1024',
      '--network',
      'none',
      '--no-cache'
    ])
  })
})
