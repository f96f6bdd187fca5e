import { describe, expect, it } from '@jest/globals'
import { parse } from 'shell-quote'
import { planAlternative } from '../../../src/dockerfile/plan.js'
import { tokenizeShell } from '../../../src/dockerfile/read/shell-words.js'
import { quote } from '../../../src/dockerfile/write/ldflags.js'
import { plainGoFacts } from './go-facts-fixture.js'

// What the final stage's RUN lines make is written again under /rootfs: every word as the
// original meant it, and what only the build's shell could know reported once, not guessed.

function plan(run: string) {
  const result = planAlternative({
    dockerfile: [
      'FROM golang:1.24 AS build',
      'RUN go build -o /out/app .',
      'FROM alpine:3.20',
      'COPY --from=build /out/app /app',
      run,
      'ENTRYPOINT ["/app"]'
    ].join('\n'),
    buildArgs: {},
    go: plainGoFacts
  })
  if (result.kind !== 'generated') throw new Error(JSON.stringify(result))
  const mkdirLine = result.dockerfile.split('\n').find(line => line.startsWith('RUN mkdir -p'))!
  return {
    mkdir: parse(mkdirLine.replace(/^RUN /, '').replace(/ \\$/, '')),
    warnings: result.warnings.filter(w => w.line === 5).map(w => w.message)
  }
}

describe('the words of the final stage RUN lines, written again', () => {
  it('makes quoted paths as written, and runs no substitution the original quoted', () => {
    const { mkdir, warnings } = plan(`RUN mkdir -p "/var/lib/my app" '/tmp/$(touch /PWNED)'`)
    expect(mkdir).toEqual([
      'mkdir',
      '-p',
      '/rootfs/etc',
      '/rootfs/tmp/$(touch /PWNED)',
      '/rootfs/var/lib/my app'
    ])
    expect(warnings).toEqual([])
  })

  it('keeps < and > in a quoted path a part of the path', () => {
    const { mkdir } = plan(`RUN mkdir -p "/data/<in>" '/data/a>b'`)
    expect(mkdir).toEqual(['mkdir', '-p', '/rootfs/etc', '/rootfs/data/<in>', '/rootfs/data/a>b'])
  })

  it('does not make a directory whose name only the build knows, and says so once', () => {
    const { mkdir, warnings } = plan('RUN mkdir -p /data/$NAME "/x/$(id -u)"')
    expect(mkdir).toEqual(['mkdir', '-p', '/rootfs/etc'])
    expect(warnings).toEqual([
      'not carried over: mkdir -p /data/$NAME "/x/$(id -u)" — $NAME is known only to the shell that runs the build: write the value out, or add what it makes to the /rootfs RUN of the generated Dockerfile'
    ])
  })

  it('reports a loop once, whole, instead of its pieces', () => {
    const { mkdir, warnings } = plan('RUN for i in $(seq 3); do mkdir -p /data/$i; done')
    expect(mkdir).toEqual(['mkdir', '-p', '/rootfs/etc'])
    expect(warnings).toEqual([
      'not carried over: for i in $(seq 3); do mkdir -p /data/$i; done — a for loop needs a shell, which scratch lacks: add what it makes to the /rootfs RUN of the generated Dockerfile'
    ])
  })

  it('reports a condition once, and says nothing of a bare assignment', () => {
    expect(plan('RUN if [ -d /x ]; then mkdir /y; fi').warnings).toEqual([
      'not carried over: if [ -d /x ]; then mkdir /y; fi — a condition (if) needs a shell, which scratch lacks: add what it makes to the /rootfs RUN of the generated Dockerfile'
    ])
    expect(plan('RUN X=1').warnings).toEqual([])
  })

  it('lists the commands of one RUN that scratch cannot run in one warning', () => {
    expect(plan('RUN ln -s /a /b && sed -i s/a/b/ /etc/x').warnings).toEqual([
      'not carried over: "ln -s /a /b", "sed -i s/a/b/ /etc/x" (scratch has no shell to run them)'
    ])
  })
})

describe('shell words with substitutions', () => {
  it('reads $(…), ${…} and backquotes as one word, spaces and parentheses included', () => {
    const words = tokenizeShell('for i in $(seq 1 3) "${A:-a b}" `id -u`; do :; done')
      .filter(token => token.kind === 'word')
      .map(token => [token.value, token.kind === 'word' && token.expands])
    expect(words.slice(0, 6)).toEqual([
      ['for', false],
      ['i', false],
      ['in', false],
      ['$(seq 1 3)', true],
      ['${A:-a b}', true],
      ['`id -u`', true]
    ])
  })
})

describe('quote', () => {
  it('writes a word with no variable so the shell reads it back exactly', () => {
    for (const word of ['/out/my app', '/out/(touch x) <a>', `/out/it's`, '/a"b`c']) {
      expect(parse(quote(word, ''))).toEqual([word])
    }
    expect(parse(quote(`it's`, "'"))).toEqual([`it's`])
  })

  it('keeps a build variable expanding in double quotes, and escapes what else the shell reads there', () => {
    expect(quote('/out/$NAME', '')).toBe('"/out/$NAME"')
    expect(quote('-X "main.v=`x`"')).toBe('"-X \\"main.v=\\`x\\`\\""')
  })
})
