import { describe, expect, it } from '@jest/globals'
import { planAlternative } from '../../../../src/dockerfile/plan.js'
import type { AlternativePlan, ImageBinary } from '../../../../src/dockerfile/types.js'
import type { GoFacts } from '../../../../src/go-source/types.js'
import { plainGoFacts } from '../go-facts-fixture.js'

const go: GoFacts = plainGoFacts

const plan = (lines: string[], goPackage?: string, facts: Partial<GoFacts> = {}): AlternativePlan =>
  planAlternative({
    dockerfile: lines.join('\n'),
    buildArgs: {},
    go: { ...go, ...facts },
    goPackage
  })

const generated = (result: AlternativePlan) => {
  if (result.kind !== 'generated') throw new Error(`expected a plan, got ${JSON.stringify(result)}`)
  return result
}

const reasonOf = (result: AlternativePlan): string =>
  result.kind === 'not-applicable' ? result.reason : `no reason: ${result.kind}`

const GO_BUILD_CACHE = '--mount=type=cache,target=/root/.cache/go-build'
const STATIC_BUILD = `RUN ${GO_BUILD_CACHE} CGO_ENABLED=0 go build -trimpath -ldflags="-s -w"`

describe('a go build hidden behind make or a script', () => {
  const makeBuild = [
    'FROM golang:1.24 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN make build',
    '',
    'FROM alpine:3.20',
    'COPY --from=build /src/bin/server /server',
    'ENTRYPOINT ["/server"]'
  ]

  it('asks for the go-package input when it is not given', () => {
    expect(reasonOf(plan(makeBuild))).toBe(
      'RUN make build (line 4) may build the program, but only go build and go install can be made static here; call go build in the Dockerfile, or name the main package with the go-package input (e.g. go-package: ./cmd/server)'
    )
  })

  it('adds a static go build of the named package right after the hidden build', () => {
    const result = generated(plan(makeBuild, './cmd/server'))
    const lines = result.dockerfile.split('\n')
    expect(lines.slice(3, 5)).toEqual([
      'RUN make build',
      `${STATIC_BUILD} -o /src/bin/server ./cmd/server`
    ])
    expect(lines).toContain('COPY --from=build /src/bin/server /server')
    expect(result.changes.map(c => c.summary)).toContain(
      'go build ./cmd/server added after RUN make build (line 4): go-package names the main package, and its static binary replaces /src/bin/server'
    )
  })

  it('follows a bare program name on PATH back through the COPY that brought it', () => {
    const result = generated(
      plan(
        [
          'FROM golang:1.24 AS build',
          'WORKDIR /src',
          'COPY . .',
          'RUN ./scripts/build.sh',
          'FROM debian:bookworm-slim',
          'COPY --from=build /src/out/api /usr/local/bin/',
          'CMD ["api", "--port", "8080"]'
        ],
        '.'
      )
    )
    expect(result.dockerfile).toContain(`${STATIC_BUILD} -o /src/out/api .\n`)
    expect(result.changes[1]?.summary).toMatch(
      /^go build \. added after RUN \.\/scripts\/build\.sh/
    )
  })

  it('finds the binary inside a copied directory', () => {
    const result = generated(
      plan(
        [
          'FROM golang:1.24 AS build',
          'WORKDIR /src',
          'COPY . .',
          'RUN make',
          'FROM alpine:3.20',
          'COPY --from=build /src/bin/ /opt/app/',
          'ENTRYPOINT ["/opt/app/server"]'
        ],
        './cmd/server'
      )
    )
    expect(result.dockerfile).toContain(`${STATIC_BUILD} -o /src/bin/server ./cmd/server\n`)
  })

  it('goes after the last line of a hidden build written over several lines', () => {
    const result = generated(
      plan(
        [
          'FROM golang:1.24 AS build',
          'WORKDIR /src',
          'COPY . .',
          'RUN go mod download && \\',
          '    make build',
          'FROM alpine:3.20',
          'COPY --from=build /src/bin/server /server',
          'ENTRYPOINT ["/server"]'
        ],
        './cmd/server'
      )
    )
    const lines = result.dockerfile.split('\n')
    expect(lines[4]).toBe('    make build')
    expect(lines[5]).toBe(`${STATIC_BUILD} -o /src/bin/server ./cmd/server`)
  })

  it('rebuilds in place in a single-stage image', () => {
    const result = generated(
      plan(
        [
          'FROM golang:1.24',
          'WORKDIR /src',
          'COPY . .',
          'RUN make build',
          'CMD ["/src/bin/server"]'
        ],
        './cmd/server'
      )
    )
    expect(result.dockerfile).toContain(
      `RUN make build\n${STATIC_BUILD} -o /src/bin/server ./cmd/server\n`
    )
    expect(result.dockerfile).toContain('COPY --from=build /src/bin/server /src/bin/server')
  })

  it('links statically against libc when the program needs cgo', () => {
    const result = generated(plan(makeBuild, './cmd/server', { usesCgo: true }))
    expect(result.dockerfile).toContain(
      `RUN ${GO_BUILD_CACHE} go build -trimpath -ldflags="-s -w -linkmode=external -extldflags=-static" -tags=netgo,osusergo -o /src/bin/server ./cmd/server\n`
    )
  })

  it('refuses a go-package the shell would read as more than a package path', () => {
    expect(reasonOf(plan(makeBuild, './cmd/server; rm -rf /'))).toBe(
      'go-package "./cmd/server; rm -rf /" is not a package path: name the main package\'s directory, e.g. ./cmd/server'
    )
    expect(reasonOf(plan(makeBuild, '-toolexec=x'))).toMatch(/is not a package path/)
  })

  it('says so when the file the image runs cannot be told', () => {
    const result = plan(
      [
        'FROM golang:1.24 AS build',
        'RUN make',
        'FROM alpine:3.20',
        'COPY --from=build /src/a /a',
        'COPY --from=build /src/b /b'
      ],
      './cmd/a'
    )
    expect(reasonOf(result)).toMatch(/^go-package is \.\/cmd\/a, but the file the final image runs/)
  })

  it('does not add a build to a stage that has no hidden build', () => {
    const result = plan(
      [
        'FROM golang:1.24 AS tools',
        'RUN make tools',
        'FROM alpine:3.20 AS fetch',
        'RUN wget -O /app https://example.com/app',
        'FROM alpine:3.20',
        'COPY --from=tools /usr/bin/tool /tool',
        'COPY --from=fetch /app /app',
        'ENTRYPOINT ["/app"]'
      ],
      './cmd/app'
    )
    expect(reasonOf(result)).toBe(
      'go-package is ./cmd/app, but /app comes from a stage with no make, build tool or script to follow (line 3); call go build there'
    )
  })

  it('leaves a Dockerfile that already calls go build as it was', () => {
    const withGoBuild = ['FROM golang:1.24 AS build', 'RUN make gen && go build -o /app .']
    const result = generated(
      plan([...withGoBuild, 'FROM alpine:3.20', 'COPY --from=build /app /app'], './cmd/other')
    )
    expect(result.dockerfile).not.toContain('./cmd/other')
  })
})

describe('a hidden build, from the binaries the image ships', () => {
  const binary = (path: string, facts: Partial<ImageBinary> = {}): ImageBinary => ({
    path,
    bytes: 1000,
    settings: {},
    static: true,
    libraries: [],
    stripped: true,
    strippable: 0,
    modules: [],
    packages: [],
    sections: [],
    packed: null,
    uses: [],
    unread: [],
    ...facts
  })
  const fromImage = (lines: string[], shipped: ImageBinary[], facts: Partial<GoFacts> = {}) =>
    planAlternative({
      dockerfile: lines.join('\n'),
      buildArgs: {},
      go: { ...go, ...facts },
      shipped
    })
  const build = ['FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN make build']

  it('keeps the build and copies the shipped binary as the original did', () => {
    const result = generated(
      fromImage(
        [
          ...build,
          'FROM alpine:3.20',
          'COPY --from=build /src/bin/ /opt/',
          'ENTRYPOINT ["/opt/app"]'
        ],
        [binary('/opt/app')]
      )
    )
    expect(result.dockerfile).toContain('RUN make build\n')
    expect(result.dockerfile).toContain('COPY --from=build /src/bin/ /opt/\n')
    expect(result.changes.map(c => c.summary)).toContain(
      'kept RUN make build (line 4); the scratch stage copies /src/bin/app (static, already stripped)'
    )
  })

  it('cannot relink a hidden cgo build, and says what would', () => {
    const result = fromImage(
      [
        ...build,
        'FROM debian:bookworm-slim',
        'COPY --from=build /src/bin/app /app',
        'CMD ["/app"]'
      ],
      [binary('/app', { static: false, libraries: ['libc.so.6', 'libsqlite3.so.0'] })],
      { usesCgo: true }
    )
    expect(result).toEqual({
      kind: 'not-possible',
      blockers: [
        {
          line: 6,
          message: expect.stringMatching(
            /^\/app is linked against libc\.so\.6, libsqlite3\.so\.0 and the program needs cgo \(import "C"\)/
          )
        }
      ],
      nearest: 'gcr.io/distroless/base-debian12'
    })
  })

  it('says scratch cannot carry a Go program a RUN of the final stage makes', () => {
    const result = fromImage(
      ['FROM golang:1.24', 'WORKDIR /src', 'COPY . .', 'RUN make build', 'CMD ["/src/bin/app"]'],
      [binary('/src/bin/app')]
    )
    expect(result.kind).toBe('not-possible')
  })

  it('is not applicable only when the image ships no Go program', () => {
    expect(reasonOf(fromImage([...build, 'FROM alpine:3.20', 'CMD ["true"]'], []))).toMatch(
      /^the image ships no Go program/
    )
  })
})
