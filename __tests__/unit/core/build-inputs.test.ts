import { describe, expect, it } from '@jest/globals'
import { listInput, NO_BUILD_OPTIONS, parseBuildInputs } from '../../../src/core/build-inputs.js'
import { inputError as error, parse } from '../../../__fixtures__/inputs.js'

describe('listInput, as @docker/actions-toolkit reads a list', () => {
  it('takes one item a line, or several split at commas', () => {
    expect(listInput('a\nb,c\n\n  d  ', false)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps a line whole when commas are part of the item', () => {
    expect(listInput('type=local,dest=/tmp/c,mode=max\nuser/app:cache', true)).toEqual([
      'type=local,dest=/tmp/c,mode=max',
      'user/app:cache'
    ])
  })

  it('keeps a quoted comma or line break inside an item', () => {
    expect(listInput('"a,b",c', false)).toEqual(['a,b', 'c'])
    expect(listInput('"netrc=machine x\nlogin y"', true)).toEqual(['netrc=machine x\nlogin y'])
  })
})

describe('parseBuildInputs', () => {
  it('reads nothing as no options', () => {
    expect(parseBuildInputs(() => '')).toEqual(NO_BUILD_OPTIONS)
    expect(parse({}).buildOptions).toEqual(NO_BUILD_OPTIONS)
  })

  it('reads every build-push-action input in its own form', () => {
    const options = parse({
      secrets: 'GIT_AUTH_TOKEN=abc,def\nnetrc=machine example.com',
      'secret-files': 'key=./key.pem',
      'secret-envs': 'a=ENV_A,b=ENV_B',
      ssh: 'default',
      'cache-from': 'type=gha\ntype=local,src=/tmp/cache',
      'cache-to': 'type=gha,mode=max',
      'build-contexts': 'shared=../shared\nalpine=docker-image://alpine:3.20',
      labels: 'org.opencontainers.image.title=api,with comma',
      'no-cache': 'true',
      network: 'host',
      'add-hosts': 'docker:10.180.0.1,db:10.0.0.2',
      'shm-size': '2g',
      ulimit: 'nofile=1024:1024',
      allow: 'network.host,security.insecure'
    }).buildOptions
    expect(options).toEqual({
      secrets: [
        { id: 'GIT_AUTH_TOKEN', source: { kind: 'value', value: 'abc,def' } },
        { id: 'netrc', source: { kind: 'value', value: 'machine example.com' } },
        { id: 'key', source: { kind: 'file', path: './key.pem' } },
        { id: 'a', source: { kind: 'env', name: 'ENV_A' } },
        { id: 'b', source: { kind: 'env', name: 'ENV_B' } }
      ],
      ssh: ['default'],
      cacheFrom: ['type=gha', 'type=local,src=/tmp/cache'],
      cacheTo: ['type=gha,mode=max'],
      buildContexts: ['shared=../shared', 'alpine=docker-image://alpine:3.20'],
      labels: ['org.opencontainers.image.title=api,with comma'],
      noCache: true,
      network: 'host',
      addHosts: ['docker:10.180.0.1', 'db:10.0.0.2'],
      shmSize: '2g',
      ulimits: ['nofile=1024:1024'],
      allow: ['network.host', 'security.insecure']
    })
  })

  it('refuses a secret without an id or a value, never quoting the secret', () => {
    const message = error({ secrets: 'netrc=ok\nhunter2-no-id' })
    expect(message).toBe(
      'secrets: item 2 is not id=value, like GIT_AUTH_TOKEN=${{ secrets.TOKEN }}'
    )
    expect(message).not.toContain('hunter2')
    expect(error({ 'secret-files': 'netrc=' })).toContain('secret-files: item 1 is not id=path')
    expect(error({ 'secret-envs': '=NETRC' })).toContain('secret-envs: item 1 is not id=ENV_NAME')
  })

  it('refuses a build context that is not name=source, and a no-cache that is not a boolean', () => {
    expect(error({ 'build-contexts': '../shared' })).toContain(
      'build-contexts takes name=path or name=docker-image://image'
    )
    expect(error({ 'no-cache': 'sometimes' })).toBe(
      'no-cache must be true or false; got "sometimes"'
    )
  })
})

describe('the image input', () => {
  it('names an image to measure instead of building', () => {
    expect(parse({ image: ' acme/api:pr-7 ' }).image).toBe('acme/api:pr-7')
    expect(parse({}).image).toBeUndefined()
  })

  it('is refused with dockerfiles, saying what to do instead', () => {
    expect(error({ image: 'acme/api:pr-7', dockerfiles: 'services/*/Dockerfile' })).toBe(
      'image and dockerfiles cannot be used together: image names the one image of file; to measure several prebuilt images, run one step per image with file and image'
    )
  })
})
