import { describe, expect, it } from '@jest/globals'
import { planAlternative } from '../../../src/dockerfile/plan.js'
import type { AlternativePlan } from '../../../src/dockerfile/types.js'
import type { GoFacts } from '../../../src/go-source/types.js'
import { plainGoFacts } from './go-facts-fixture.js'

const go: GoFacts = plainGoFacts

const plan = (lines: string[], target?: string, facts: Partial<GoFacts> = {}): AlternativePlan =>
  planAlternative({ dockerfile: lines.join('\n'), target, buildArgs: {}, go: { ...go, ...facts } })

const generated = (result: AlternativePlan) => {
  if (result.kind !== 'generated') throw new Error(`expected a plan, got ${JSON.stringify(result)}`)
  return result
}

describe('planAlternative edge cases', () => {
  const multiStage = [
    'FROM golang:1.24 AS build',
    'RUN go install github.com/a-h/templ/cmd/templ@latest',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/app .',
    'FROM alpine:3.20 AS runtime',
    'COPY --from=build /out/app /app',
    'ENTRYPOINT /app serve',
    'CMD ["--ignored"]'
  ]

  it('keeps USER root when the original says so, and runs as 65532 when it only defaults to root', () => {
    const build = [
      'FROM golang:1.24 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN go build -o /out/app .'
    ]
    const insists = generated(
      plan([
        ...build,
        'FROM alpine:3.20',
        'COPY --from=build /out/app /app',
        'USER root',
        'CMD ["/app"]'
      ])
    )
    const defaults = generated(
      plan([...build, 'FROM alpine:3.20', 'COPY --from=build /out/app /app', 'CMD ["/app"]'])
    )

    expect(insists.dockerfile).toMatch(/^USER 0:0$/m)
    expect(insists.changes.map(c => c.summary)).toContain(
      'runs as root: the original sets USER root explicitly'
    )
    expect(defaults.dockerfile).toMatch(/^USER 65532:65532$/m)
  })

  it('names the stages when the target does not exist', () => {
    expect(plan(multiStage, 'prod')).toEqual({
      kind: 'not-applicable',
      reason: 'target "prod" is not a stage of the Dockerfile (stages: build, runtime)'
    })
  })

  it('leaves tool installs alone and drops the CMD a shell-form ENTRYPOINT ignored', () => {
    const result = generated(plan(multiStage))
    expect(result.dockerfile).toContain('RUN go install github.com/a-h/templ/cmd/templ@latest\n')
    expect(result.dockerfile).toContain('ENTRYPOINT ["/app", "serve"]')
    expect(result.dockerfile).not.toContain('--ignored')
    expect(result.changes.map(c => c.summary)).toContain(
      'CMD left out: the original shell-form ENTRYPOINT ignored it'
    )
  })

  it('treats a final stage built FROM the build stage as single-stage', () => {
    const result = generated(
      plan([
        'FROM golang:1.24 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN go build -o /usr/local/bin/app .',
        'FROM build AS final',
        'EXPOSE 8080',
        'CMD ["app"]'
      ])
    )
    expect(result.dockerfile).toContain('COPY --from=final /usr/local/bin/app /usr/local/bin/app')
    expect(result.dockerfile).toMatch(
      /RUN --mount=type=cache,target=\/root\/\.cache\/go-build CGO_ENABLED=0 go build .*\n# Files for the scratch stage/
    )
    expect(result.dockerfile).toContain('CMD ["/usr/local/bin/app"]')
  })

  it('assumes the one file copied from an intermediate stage is the binary, and says so', () => {
    const result = generated(
      plan([
        'FROM golang:1.24 AS build',
        'RUN go build -o /out/app .',
        'FROM alpine:3.20 AS pack',
        'COPY --from=build /out/app /packed/app',
        'FROM alpine:3.20',
        'COPY --from=pack /packed/app /app',
        'ENTRYPOINT ["/app"]'
      ])
    )
    expect(result.warnings).toContainEqual({
      line: 6,
      message: 'assumed this COPY brings the binary that line 2 builds'
    })
    expect(result.dockerfile).toContain('COPY --from=build /rootfs/ /')
    expect(result.dockerfile).toContain('COPY --from=pack /packed/app /app')
  })

  it('refuses a command that runs a shell, with the line and busybox as the nearest base', () => {
    expect(
      plan([
        'FROM golang:1.24 AS build',
        'RUN go build -o /app .',
        'FROM alpine:3.20',
        'COPY --from=build /app /app',
        'CMD ["/bin/sh", "-c", "/app > /tmp/log"]'
      ])
    ).toMatchObject({ kind: 'not-possible', blockers: [{ line: 5 }], nearest: 'busybox' })
  })

  it('adds an ENTRYPOINT when the original relied on its base image for one', () => {
    const result = generated(
      plan([
        'FROM golang:1.24 AS build',
        'RUN go build -o /app .',
        'FROM alpine:3.20',
        'COPY --from=build /app /app'
      ])
    )
    expect(result.dockerfile.trimEnd().split('\n').at(-1)).toBe('ENTRYPOINT ["/app"]')
  })
})

describe("the user's RUN --mount flags", () => {
  const runtime = ['FROM alpine:3.20', 'COPY --from=build /out/app /app', 'CMD ["/app"]']

  it('stay on the go build lines the alternative rewrites, in shell and exec form', () => {
    const shell = generated(
      plan([
        'FROM golang:1.24 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN --mount=type=secret,id=netrc,target=/root/.netrc,required=true --mount=type=cache,target=/root/.cache/go-build go build -o /out/app .',
        ...runtime
      ])
    )
    const exec = generated(
      plan([
        'FROM golang:1.24 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN --mount=type=ssh --mount=type=bind,source=go.mod,target=go.mod ["go", "build", "-o", "/out/app", "."]',
        ...runtime
      ])
    )

    expect(shell.dockerfile).toContain(
      'RUN --mount=type=secret,id=netrc,target=/root/.netrc,required=true --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .'
    )
    expect(exec.dockerfile).toContain(
      'RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=ssh --mount=type=bind,source=go.mod,target=go.mod ["env", "CGO_ENABLED=0", "go", "build", "-trimpath", "-ldflags=-s -w", "-o", "/out/app", "."]'
    )
  })

  it('go with the go build added after a hidden make build, which needs the same secrets', () => {
    const result = generated(
      planAlternative({
        dockerfile: [
          'FROM golang:1.24 AS build',
          'WORKDIR /src',
          'COPY . .',
          'RUN --mount=type=secret,id=netrc,target=/root/.netrc --mount=type=ssh make build',
          'FROM alpine:3.20',
          'COPY --from=build /src/bin/app /app',
          'CMD ["/app"]'
        ].join('\n'),
        buildArgs: {},
        go,
        goPackage: './cmd/app'
      })
    )

    expect(result.dockerfile).toMatch(
      /^RUN --mount=type=cache,target=\/root\/\.cache\/go-build --mount=type=secret,id=netrc,target=\/root\/\.netrc --mount=type=ssh CGO_ENABLED=0 go build .*\.\/cmd\/app$/m
    )
  })
})
