import { describe, expect, it } from '@jest/globals'
import { findGoBuilds } from '../../../../src/dockerfile/find/go-build.js'
import { instructionText, parseDockerfile } from '../../../../src/dockerfile/read/parse.js'
import type { LinkMode } from '../../../../src/dockerfile/find/link-mode.js'
import { rewriteGoBuilds } from '../../../../src/dockerfile/write/rewrite-build.js'

/** Parses a one-stage Dockerfile and rewrites its go commands; returns the RUN lines after. */
function rewrite(lines: string[], mode: LinkMode = 'pure-go', modulePath = 'example.com/x') {
  const parsed = parseDockerfile(['FROM golang:1.24', ...lines].join('\n'), {})
  const builds = findGoBuilds(parsed, parsed.stages, modulePath)
  const instruction = builds[0]!.instruction
  const result = rewriteGoBuilds(instructionText(parsed, instruction), builds, mode)
  return { builds, text: result.text, notes: result.notes }
}

describe('finding go builds', () => {
  it('names a binary built without -o after the module path at the module root', () => {
    const { builds } = rewrite(['WORKDIR /src', 'COPY . .', 'RUN go build'])
    expect(builds[0]!.output).toBe('/src/x')
  })

  it('names it after the directory for a sub-package, and follows cd and -C', () => {
    expect(
      rewrite(['WORKDIR /src', 'RUN go build ./cmd/server'], 'pure-go').builds[0]!.output
    ).toBe('/src/server')
    expect(
      rewrite(['WORKDIR /src', 'RUN cd cmd && go build -o ../bin/app ./api']).builds[0]!.output
    ).toBe('/src/bin/app')
    expect(rewrite(['WORKDIR /src', 'RUN go build -C tools -o out ./lint']).builds[0]!.output).toBe(
      '/src/tools/out'
    )
  })

  it('puts go install output in GOBIN or $GOPATH/bin, dropping a major version suffix', () => {
    expect(rewrite(['RUN go install ./cmd/tool']).builds[0]!.output).toBe('/go/bin/tool')
    expect(rewrite(['RUN GOBIN=/usr/local/bin go install ./cmd/tool']).builds[0]!.output).toBe(
      '/usr/local/bin/tool'
    )
    const tool = rewrite(['RUN go install example.com/gen/v2@latest']).builds[0]!
    expect([tool.output, tool.isToolInstall]).toEqual(['/go/bin/gen', true])
  })
})

describe('rewriting a go build', () => {
  it('prefixes CGO_ENABLED=0 and adds -trimpath, -ldflags and an absolute -o', () => {
    const { text } = rewrite(['WORKDIR /app', 'RUN go build -o hello .'])
    expect(text).toBe('RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/hello .')
  })

  it('merges -s -w into the user’s ldflags in their own spelling, keeping -tags', () => {
    const { text } = rewrite([
      'ARG VERSION',
      `RUN go build -tags netgo -ldflags "-X main.version=$VERSION" -o /out/app .`
    ])
    expect(text).toBe(
      'RUN CGO_ENABLED=0 go build -trimpath -tags netgo -ldflags "-s -w -X main.version=$VERSION" -o /out/app .'
    )
    expect(rewrite([`RUN go build -ldflags='-w' -o /out/app .`]).text).toBe(
      `RUN CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/app .`
    )
  })

  it('replaces CGO_ENABLED=1 on the command and leaves already-static builds alone', () => {
    expect(rewrite(['RUN CGO_ENABLED=1 GOOS=linux go build -o /app .']).text).toBe(
      'RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /app .'
    )
    const done = rewrite(['RUN CGO_ENABLED=0 go build -trimpath -ldflags="-w -s" -o /app .'])
    expect(done.text).toBe('RUN CGO_ENABLED=0 go build -trimpath -ldflags="-w -s" -o /app .')
    expect(done.notes[0]).toMatchObject({
      cgoDisabled: false,
      trimpathAdded: false,
      ldflags: 'kept'
    })
  })

  it('keeps continuation lines and cache mounts where they were', () => {
    const { text } = rewrite([
      'RUN --mount=type=cache,target=/root/.cache/go-build \\',
      '    go build \\',
      '      -o /out/app ./cmd/app'
    ])
    expect(text).toBe(
      [
        'RUN --mount=type=cache,target=/root/.cache/go-build \\',
        '    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" \\',
        '      -o /out/app ./cmd/app'
      ].join('\n')
    )
  })

  it('links cgo statically with the pure-Go resolver when the program needs cgo', () => {
    const { text } = rewrite(
      ['RUN go build -tags sqlite_omit_load_extension -o /out/app .'],
      'static-cgo'
    )
    expect(text).toBe(
      'RUN go build -trimpath -ldflags="-s -w -linkmode=external -extldflags=-static" -tags sqlite_omit_load_extension,netgo,osusergo -o /out/app .'
    )
  })
})
