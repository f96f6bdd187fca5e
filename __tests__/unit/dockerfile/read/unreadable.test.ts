import { describe, expect, it } from '@jest/globals'
import { unreadableDockerfile } from '../../../../src/dockerfile/read/unreadable.js'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('unreadableDockerfile', () => {
  it('reads a plain Dockerfile, UTF-8 included, as readable', () => {
    expect(unreadableDockerfile(bytes('FROM scratch\nLABEL note="café ☕"\n'))).toBeUndefined()
  })

  it('names binary data with its line, rather than BuildKit\'s "Internal: Internal: …"', () => {
    const garbage = new Uint8Array([...bytes('FROM scratch\n'), 0xff, 0xfe, 0x00, 0x12])
    expect(unreadableDockerfile(garbage)).toEqual({
      line: 2,
      reason:
        'the Dockerfile holds binary data (byte 16 is not text): set file to a text Dockerfile'
    })
    const notUtf8 = new Uint8Array([...bytes('FROM scratch\nRUN x'), 0xc3, 0x28])
    expect(unreadableDockerfile(notUtf8)?.reason).toContain('byte 19 is not text')
  })

  it('names the over-long line itself, not line 1 as BuildKit does', () => {
    const text = `FROM busybox\nRUN echo ${'a'.repeat(200_000)}\nRUN false\n`
    const found = unreadableDockerfile(bytes(text))
    expect(found?.line).toBe(2)
    expect(found?.reason).toMatch(
      /^line 2 of the Dockerfile is 200,009 bytes long; BuildKit reads lines of at most 65,535 bytes/
    )
    expect(found!.reason.length).toBeLessThan(300)
  })
})
