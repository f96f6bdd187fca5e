import { describe, expect, it } from '@jest/globals'
import { isPlatformForm, unknownPlatformPart } from '../../../src/core/platform.js'

describe('platforms', () => {
  it('takes os/arch and os/arch/variant, nothing else', () => {
    for (const good of ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'windows/amd64'])
      expect(isPlatformForm(good)).toBe(true)
    for (const bad of [
      'linux',
      'amd64',
      'linux/',
      'Linux/AMD64',
      'linux/arm/v7/x',
      'linux/amd64,linux/arm64'
    ])
      expect(isPlatformForm(bad)).toBe(false)
  })

  it('names the part BuildKit would not know', () => {
    expect(unknownPlatformPart('linux/potato')).toBe('architecture "potato"')
    expect(unknownPlatformPart('potato/amd64')).toBe('operating system "potato"')
    expect(unknownPlatformPart('linux/arm64/v8')).toBeUndefined()
    expect(unknownPlatformPart('linux/x86_64')).toBeUndefined()
  })
})
