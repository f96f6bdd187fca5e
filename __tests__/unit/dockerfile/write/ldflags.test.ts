import { describe, expect, it } from '@jest/globals'
import {
  alreadyStripped,
  mergeLinkerFlags,
  mergeTags,
  quote,
  readFlagValue,
  splitFlagList,
  writeFlagValue
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
  it('reads quoted, bare and mixed words into the value cmd/go gets', () => {
    expect(readFlagValue('"-s -w"')).toEqual({ text: '-s -w', variables: [], quote: '"' })
    expect(readFlagValue("'-X a=b'")).toEqual({ text: '-X a=b', variables: [], quote: "'" })
    expect(readFlagValue('-s')).toEqual({ text: '-s', variables: [], quote: '' })
    expect(readFlagValue(`"-X main.a="$A' -X b=$c'`)).toEqual({
      text: '-X main.a=\u00000\u0000 -X b=$c',
      variables: ['A'],
      quote: '"'
    })
  })

  it('drops the Dockerfile line continuations inside quotes', () => {
    const raw = '"-X main.version=${VERSION} \\\n      -X \'main.by=release team\'"'
    const value = readFlagValue(raw)
    expect(value?.text).toBe("-X main.version=\u00000\u0000       -X 'main.by=release team'")
    expect(writeFlagValue({ ...value!, text: mergeLinkerFlags(value!.text) }, value!.quote)).toBe(
      `"-s -w -X main.version=$VERSION -X 'main.by=release team'"`
    )
  })

  it('escapes for double quotes what is literal and keeps what expands', () => {
    expect(writeFlagValue({ text: '-X a=$b \u00000\u0000', variables: ['C'] }, "'")).toBe(
      '"-X a=\\$b $C"'
    )
    expect(writeFlagValue({ text: '-s -w', variables: [] }, "'")).toBe("'-s -w'")
  })

  it('refuses a command substitution rather than guess', () => {
    expect(readFlagValue('"-X main.commit=$(git rev-parse HEAD)"')).toBeNull()
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
