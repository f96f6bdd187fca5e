import { describe, expect, it } from '@jest/globals'
import {
  alreadyStripped,
  mergeLinkerFlags,
  mergeTags,
  quote,
  readQuoted,
  splitFlagList
} from '../../../../src/dockerfile/write/ldflags.js'

describe('mergeLinkerFlags', () => {
  it('adds -s -w in front of the user’s flags, keeping -X as written', () => {
    expect(mergeLinkerFlags('-X main.version=$VERSION')).toBe('-s -w -X main.version=$VERSION')
  })

  it('does not repeat -s or -w the user already has', () => {
    expect(mergeLinkerFlags('-w -X main.a=1 -s')).toBe('-s -w -X main.a=1')
  })

  it('keeps quoted groups whole', () => {
    expect(mergeLinkerFlags(`-X 'main.msg=hello world' -extldflags "-static"`)).toBe(
      `-s -w -X 'main.msg=hello world' -extldflags "-static"`
    )
  })

  it('appends extra flags unless the user sets them already', () => {
    expect(mergeLinkerFlags('', ['-linkmode=external', '-extldflags=-static'])).toBe(
      '-s -w -linkmode=external -extldflags=-static'
    )
    expect(mergeLinkerFlags('-linkmode internal', ['-linkmode=external'])).toBe(
      '-s -w -linkmode internal'
    )
  })
})

describe('reading and writing quoted flag values', () => {
  it('reads one quoted or bare segment', () => {
    expect(readQuoted('"-s -w"')).toEqual({ inner: '-s -w', quote: '"' })
    expect(readQuoted("'-X a=b'")).toEqual({ inner: '-X a=b', quote: "'" })
    expect(readQuoted('-s')).toEqual({ inner: '-s', quote: '' })
  })

  it('refuses mixed quoting rather than guess', () => {
    expect(readQuoted('"-X main.a="$A')).toBeNull()
  })

  it('quotes only what needs it, in the user’s quote', () => {
    expect(quote('/out/app', '')).toBe('/out/app')
    expect(quote('/out/$TARGETARCH/app', '')).toBe('"/out/$TARGETARCH/app"')
    expect(quote('-s -w', "'")).toBe("'-s -w'")
  })

  it('splits flag lists and knows when they already strip', () => {
    expect(splitFlagList(`-s  -X "a=b c"`)).toEqual(['-s', '-X', '"a=b c"'])
    expect(alreadyStripped('-w -s')).toBe(true)
    expect(alreadyStripped('-s')).toBe(false)
  })
})

describe('mergeTags', () => {
  it('adds tags in the separator the user writes', () => {
    expect(mergeTags('pro', ['netgo', 'osusergo'])).toBe('pro,netgo,osusergo')
    expect(mergeTags('pro json', ['netgo'])).toBe('pro json netgo')
    expect(mergeTags('pro,json', ['netgo'])).toBe('pro,json,netgo')
    expect(mergeTags('netgo', ['netgo'])).toBe('netgo')
  })
})
