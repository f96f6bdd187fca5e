import { describe, expect, it } from '@jest/globals'
import { inputError as error, parse } from '../../../__fixtures__/inputs.js'
import { InputError } from '../../../src/core/inputs.js'

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = parse({})
    expect(inputs).toMatchObject({
      context: '.',
      file: 'Dockerfile',
      buildArgs: {},
      budget: { maxSize: undefined, maxLayers: undefined },
      failOnBudget: true,
      alternative: 'scratch',
      comment: 'auto',
      verify: { args: [], path: '/', timeoutMs: 30_000 }
    })
  })

  it('finds the Dockerfile in the context unless file is given', () => {
    expect(parse({ context: 'services/api' }).file).toBe('services/api/Dockerfile')
    expect(parse({ context: 'services/api', file: 'build/Dockerfile.prod' }).file).toBe(
      'build/Dockerfile.prod'
    )
  })

  it.each([
    ['25MB', 25_000_000],
    ['25 MB', 25_000_000],
    ['1.5GiB', 1_610_612_736],
    ['10MiB', 10_485_760],
    ['2kB', 2_000],
    ['30000000', 30_000_000]
  ])('reads max-size %s as %d bytes', (text, bytes) => {
    expect(parse({ 'max-size': text }).budget.maxSize).toBe(bytes)
  })

  it.each(['fifty', '25mb', '25M', '-5MB', '0', '5%'])(
    'refuses max-size %s naming the accepted forms',
    text => {
      expect(error({ 'max-size': text })).toBe(
        `max-size must be a size like 25MB, 1.5GiB or 30000000 (bytes); got ${JSON.stringify(text)}`
      )
    }
  )

  it('reads max-binary-size in the forms of max-size, and refuses others the same way', () => {
    expect(parse({ 'max-binary-size': '20MiB' }).budget.maxBinarySize).toBe(20_971_520)
    expect(error({ 'max-binary-size': 'big' })).toBe(
      'max-binary-size must be a size like 25MB, 1.5GiB or 30000000 (bytes); got "big"'
    )
  })

  it('reads build args, one KEY=VALUE per line, values may hold =', () => {
    expect(parse({ 'build-args': 'VERSION=1.2.3\n\n  LDFLAGS=-X main.a=b  \n' }).buildArgs).toEqual(
      {
        VERSION: '1.2.3',
        LDFLAGS: '-X main.a=b'
      }
    )
    expect(error({ 'build-args': 'VERSION 1.2' })).toContain(
      'build-args takes one KEY=VALUE per line'
    )
  })

  it('validates choices, booleans and counts with the input name', () => {
    expect(error({ alternative: 'distroless' })).toBe(
      'alternative must be one of scratch, none; got "distroless"'
    )
    expect(error({ comment: 'sometimes' })).toBe(
      'comment must be one of auto, always, never; got "sometimes"'
    )
    expect(error({ 'fail-on-budget': 'maybe' })).toBe(
      'fail-on-budget must be true or false; got "maybe"'
    )
    expect(error({ 'max-layers': '1.5' })).toBe(
      'max-layers must be a whole number 1 or more; got "1.5"'
    )
    expect(error({ 'verify-port': '70000' })).toBe(
      'verify-port must be a whole number from 1 to 65535; got "70000"'
    )
    expect(error({ 'verify-path': 'healthz' })).toContain(
      'verify-path must be an HTTP path starting with /'
    )
    expect(parse({ 'fail-on-budget': 'False' }).failOnBudget).toBe(false)
  })

  it('checks the form of platform up front, naming the accepted forms', () => {
    expect(parse({ platform: 'linux/arm/v7' }).platform).toBe('linux/arm/v7')
    expect(error({ platform: 'linux' })).toBe(
      'platform must be one platform as os/arch or os/arch/variant, e.g. linux/amd64, linux/arm64 or linux/arm/v7; got "linux"'
    )
  })

  it('reads growth limits as a percentage or a size', () => {
    expect(parse({ 'max-increase': '5%' }).budget.maxIncrease).toEqual({ percent: 5 })
    expect(parse({ 'max-increase': '2MB' }).budget.maxIncrease).toEqual({ bytes: 2_000_000 })
    expect(error({ 'max-increase': 'a lot' })).toBe(
      'max-increase must be a percentage like 5% or a size with a unit like 10MB or 1.5MiB; got "a lot"'
    )
    expect(parse({}).baseline).toBe('auto')
    expect(parse({ baseline: 'build' }).baseline).toBe('build')
    expect(error({ baseline: 'main' })).toBe(
      'baseline must be one of auto, build, none; got "main"'
    )
  })

  it('takes one image reference as baseline-image, and not with baseline: none', () => {
    expect(parse({ 'baseline-image': ' ghcr.io/acme/api:main ' }).baselineImage).toBe(
      'ghcr.io/acme/api:main'
    )
    expect(parse({}).baselineImage).toBeUndefined()
    expect(error({ 'baseline-image': 'a:1 b:2' })).toContain(
      'baseline-image must be one image reference, like ghcr.io/acme/api:main'
    )
    expect(error({ baseline: 'none', 'baseline-image': 'ghcr.io/acme/api:main' })).toContain(
      'baseline: none and baseline-image cannot be used together'
    )
  })

  it('passes verify-args one per line', () => {
    expect(parse({ 'verify-args': '--version\n--json' }).verify.args).toEqual([
      '--version',
      '--json'
    ])
  })
})

describe('registry-image', () => {
  it('takes a registry reference, and not together with a Dockerfile to build', () => {
    expect(parse({ 'registry-image': '127.0.0.1:5000/acme/hello:multi' }).registryImage).toBe(
      '127.0.0.1:5000/acme/hello:multi'
    )
    expect(() => parse({ 'registry-image': 'not a ref' })).toThrow(
      /registry-image must be an image reference like ghcr.io\/acme\/api:1.4/
    )
    expect(() => parse({ 'registry-image': 'ghcr.io/acme/api:1.4', file: 'Dockerfile' })).toThrow(
      InputError
    )
  })
})
