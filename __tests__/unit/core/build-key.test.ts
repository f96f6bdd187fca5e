import { describe, expect, it } from '@jest/globals'
import { buildKeyOf, type BuildShape } from '../../../src/core/build-key.js'

const shape: BuildShape = {
  file: 'Dockerfile',
  context: '.',
  target: 'runtime',
  buildArgs: { GO_VERSION: '1.24', CGO_ENABLED: '0' },
  platform: 'linux/amd64'
}

describe('buildKeyOf', () => {
  it('is short, versioned and the same for the same build', () => {
    expect(buildKeyOf(shape)).toMatch(/^v1-[0-9a-f]{16}$/)
    expect(buildKeyOf({ ...shape })).toBe(buildKeyOf(shape))
  })

  it('does not depend on how the same paths or build args were written', () => {
    const same = buildKeyOf({
      ...shape,
      file: './Dockerfile',
      context: './',
      buildArgs: { CGO_ENABLED: '0', GO_VERSION: '1.24' }
    })
    expect(same).toBe(buildKeyOf(shape))
    expect(buildKeyOf({ ...shape, file: 'sub/../Dockerfile' })).toBe(buildKeyOf(shape))
  })

  it('changes with everything that shapes the build', () => {
    const keys = new Set([
      buildKeyOf(shape),
      buildKeyOf({ ...shape, file: 'cmd/api/Dockerfile' }),
      buildKeyOf({ ...shape, context: 'cmd' }),
      buildKeyOf({ ...shape, target: undefined }),
      buildKeyOf({ ...shape, buildArgs: { ...shape.buildArgs, GO_VERSION: '1.25' } }),
      buildKeyOf({ ...shape, buildArgs: { GO_VERSION: '1.24' } }),
      buildKeyOf({ ...shape, platform: 'linux/arm64' }),
      buildKeyOf({ ...shape, platform: undefined })
    ])
    expect(keys.size).toBe(8)
  })
})
