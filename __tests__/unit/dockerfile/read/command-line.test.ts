import { describe, expect, it } from '@jest/globals'
import { readCommandLine, runsShell } from '../../../../src/dockerfile/read/command-line.js'

describe('readCommandLine', () => {
  it('reads exec form as a JSON array', () => {
    expect(readCommandLine('["./hello", "a b"]')).toEqual({
      form: 'exec',
      argv: ['./hello', 'a b']
    })
  })

  it('converts a plain shell-form command, quotes undone', () => {
    expect(readCommandLine('app -greeting "good morning" world')).toEqual({
      form: 'shell',
      text: 'app -greeting "good morning" world',
      argv: ['app', '-greeting', 'good morning', 'world']
    })
  })

  it('drops a leading exec, which exec form does anyway', () => {
    expect(readCommandLine('exec /app/server --port 8080')).toMatchObject({
      argv: ['/app/server', '--port', '8080']
    })
  })

  it.each([
    ['app --port $PORT', 'variable expansion in $PORT'],
    ['app && echo done', '"&&"'],
    ['app | tee log', '"|"'],
    ['app > /tmp/log', '">"'],
    ['app *.json', 'the glob *.json'],
    ['FOO=1 app', 'the assignment "FOO=1"']
  ])('says why %s needs a shell', (text, reason) => {
    expect(readCommandLine(text)).toMatchObject({ form: 'shell', shellReason: reason })
  })

  it('treats text that is not valid JSON as shell form, as Docker does', () => {
    expect(readCommandLine("['/app']")).toMatchObject({ form: 'shell' })
  })
})

describe('runsShell', () => {
  it('knows a shell when it sees one', () => {
    expect(runsShell(['/bin/sh', '-c', 'app'])).toBe(true)
    expect(runsShell(['bash'])).toBe(true)
    expect(runsShell(['/usr/local/bin/app'])).toBe(false)
  })
})
