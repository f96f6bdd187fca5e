import { describe, expect, it } from '@jest/globals'
import { simpleCommands, tokenizeShell } from '../../../../src/dockerfile/read/shell-words.js'

const words = (text: string): string[][] =>
  simpleCommands(tokenizeShell(text)).map(c => [...c.assignments, ...c.words].map(w => w.value))

describe('shell words', () => {
  it('splits commands on control operators and undoes quoting', () => {
    expect(
      words(`apk add curl && go build -ldflags "-X a=b" -o 'out dir/app' .; echo done`)
    ).toEqual([
      ['apk', 'add', 'curl'],
      ['go', 'build', '-ldflags', '-X a=b', '-o', 'out dir/app', '.'],
      ['echo', 'done']
    ])
  })

  it('joins continuation lines and drops comment lines inside them, as Docker does', () => {
    expect(words('go mod download \\\n  # fetch first\n  && go build .')).toEqual([
      ['go', 'mod', 'download'],
      ['go', 'build', '.']
    ])
  })

  it('does not take a redirection target for an argument', () => {
    expect(words('go build -o /app . 2>&1 > /tmp/log')).toEqual([
      ['go', 'build', '-o', '/app', '.']
    ])
  })

  it('keeps each word’s place in the source for rewriting', () => {
    const token = tokenizeShell('  go  build')[1]!
    expect(token).toMatchObject({ kind: 'word', raw: 'build', start: 6, end: 11 })
  })
})
