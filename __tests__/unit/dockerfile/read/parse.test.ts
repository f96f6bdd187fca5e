import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../../../src/dockerfile/read/parse.js'
import { stagesNeededBy, targetStage } from '../../../../src/dockerfile/read/stages.js'
import { expandVariables } from '../../../../src/dockerfile/read/variables.js'

describe('expandVariables', () => {
  const vars = new Map([
    ['A', 'one'],
    ['EMPTY', '']
  ])

  it('substitutes $A, ${A} and the default and alternative forms', () => {
    expect(expandVariables('$A/${A}', vars)).toBe('one/one')
    expect(expandVariables('${MISSING:-fallback} ${EMPTY:-e} ${EMPTY-e}', vars)).toBe('fallback e ')
    expect(expandVariables('${A:+set} ${EMPTY:+set}', vars)).toBe('set ')
  })

  it('leaves unknown variables as written', () => {
    expect(expandVariables('/out/$TARGETARCH/${TARGETOS}', vars)).toBe(
      '/out/$TARGETARCH/${TARGETOS}'
    )
  })
})

describe('parseDockerfile', () => {
  const dockerfile = [
    'ARG GO_VERSION=1.22',
    'FROM golang:${GO_VERSION}-alpine AS build',
    'ARG TARGETOS TARGETARCH',
    'ARG VERSION=dev',
    'ARG GO_VERSION',
    'ENV OUT=/out APP=server',
    'WORKDIR /src',
    'WORKDIR app',
    'RUN go build -o $OUT/$APP .',
    'FROM build AS test',
    'RUN go test ./...',
    'FROM alpine:3.20',
    'COPY --from=build /out/server /server'
  ].join('\n')

  it('resolves global ARGs in FROM, with build args winning over defaults', () => {
    const parsed = parseDockerfile(dockerfile, { GO_VERSION: '1.24' })
    expect(parsed.stages.map(s => s.image)).toEqual(['golang:1.24-alpine', 'build', 'alpine:3.20'])
  })

  it('gives each instruction the ARG, ENV and WORKDIR in effect', () => {
    const parsed = parseDockerfile(dockerfile, { VERSION: '1.2.3' })
    const run = parsed.stages[0]!.instructions.find(i => i.keyword === 'RUN')!
    expect(run.workdir).toBe('/src/app')
    expect(run.variables.get('VERSION')).toBe('1.2.3')
    expect(run.variables.get('OUT')).toBe('/out')
    expect(run.variables.get('GO_VERSION')).toBe('1.22')
    expect(run.variables.get('GOPATH')).toBe('/go')
    expect(run.variables.has('TARGETOS')).toBe(false)
  })

  it('reads `ARG A B` as two declarations', () => {
    const parsed = parseDockerfile(dockerfile, { TARGETOS: 'linux', TARGETARCH: 'arm64' })
    const run = parsed.stages[0]!.instructions.find(i => i.keyword === 'RUN')!
    expect([run.variables.get('TARGETOS'), run.variables.get('TARGETARCH')]).toEqual([
      'linux',
      'arm64'
    ])
  })

  it('links stages: FROM an earlier stage, and COPY --from', () => {
    const parsed = parseDockerfile(dockerfile, {})
    expect(parsed.stages[1]!.parent).toBe(parsed.stages[0])
    expect(parsed.stages[1]!.workdir).toBe('/src/app')
    const final = targetStage(parsed)!
    expect(stagesNeededBy(parsed, final).map(s => s.index)).toEqual([0, 2])
    expect(targetStage(parsed, 'TEST')).toBe(parsed.stages[1])
    expect(targetStage(parsed, 'nope')).toBeUndefined()
  })
})
