import { describe, expect, it } from '@jest/globals'
import { codeBlock, escapeInline, inlineCode } from '../../../src/report/escape.js'

describe('escapeInline', () => {
  it('turns HTML, mentions, links and images into inert text', () => {
    const out = escapeInline('<img src=x onerror=alert(1)> @everyone ![x](http://e/x.png) [a](b)')
    // Unescaped, `![` starts an image and `](` a link; escaped brackets start neither.
    expect(out).not.toMatch(/<img|@everyone|(^|[^\\])!\[|(^|[^\\])\]\(/)
    expect(out).toContain('&lt;img')
    expect(out).toContain('&#64;everyone')
  })

  it('cannot end a table cell or run onto another line', () => {
    const out = escapeInline('a | b\n| c |')
    expect(out).not.toMatch(/(^|[^\\])\|/)
    expect(out).not.toContain('\n')
  })

  it('cuts long text', () => {
    expect(escapeInline('x'.repeat(500), 10)).toBe('xxxxxxxxx…')
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = codeBlock('RUN echo ```\n````x', 'dockerfile')
    expect(block.startsWith('`````dockerfile\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
  })
})

describe('inlineCode', () => {
  it('stays one code span whatever backticks or pipes it holds', () => {
    expect(inlineCode('RUN a `b` | c')).toBe('``RUN a `b` ¦ c``')
    expect(inlineCode('`x`')).toBe('`` `x` ``')
  })
})
