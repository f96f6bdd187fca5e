import { describe, expect, it } from '@jest/globals'
import { findGoBuilds } from '../../../../src/dockerfile/find/go-build.js'
import { planAlternative } from '../../../../src/dockerfile/plan.js'
import { parseDockerfile } from '../../../../src/dockerfile/read/parse.js'
import { rewriteBuilds } from '../../../../src/dockerfile/write/build-stage-edits.js'
import { plainGoFacts } from '../go-facts-fixture.js'

const CACHE = '--mount=type=cache,target=/root/.cache/go-build'
const STATIC = 'CGO_ENABLED=0 go build -trimpath -ldflags="-s -w"'

/** Rewrites every go build of a Dockerfile; returns the RUN lines after and the mounts added. */
function rewrite(lines: string[]): { lines: string[]; mounts: string[] } {
  const parsed = parseDockerfile(lines.join('\n'), {})
  const builds = findGoBuilds(parsed, parsed.stages, 'example.com/x')
  const { edits, mounts } = rewriteBuilds(parsed, builds, 'pure-go')
  return { lines: edits.flatMap(edit => edit.lines), mounts }
}

/** The one RUN line of `FROM golang`, `WORKDIR /src`, then `lines`, rewritten. */
const rewritten = (...lines: string[]): string =>
  rewrite(['FROM golang:1.24', 'WORKDIR /src', ...lines]).lines.join('\n')

describe("a cache mount for Go's build cache", () => {
  it('goes right after RUN on a go build that runs as root', () => {
    expect(rewritten('RUN go build -o /out/app .')).toBe(`RUN ${CACHE} ${STATIC} -o /out/app .`)
    expect(rewritten('USER root', 'run go build -o /out/app .')).toBe(
      `run ${CACHE} ${STATIC} -o /out/app .`
    )
    expect(rewritten('USER 0:0', 'RUN go build -o /out/app .')).toBe(
      `RUN ${CACHE} ${STATIC} -o /out/app .`
    )
    expect(rewrite(['FROM golang:1.24', 'RUN go build -o /out/app .']).mounts).toEqual([CACHE])
  })

  it('goes before the user’s own flags, which stay as written, in exec form too', () => {
    expect(
      rewritten(
        'RUN --mount=type=secret,id=netrc,target=/root/.netrc  --network=none ["go", "build", "-o", "/app", "."]'
      )
    ).toBe(
      `RUN ${CACHE} --mount=type=secret,id=netrc,target=/root/.netrc  --network=none ["env", "CGO_ENABLED=0", "go", "build", "-trimpath", "-ldflags=-s -w", "-o", "/app", "."]`
    )
    expect(rewritten('RUN ["go", "build", "-o", "/app", "."]')).toBe(
      `RUN ${CACHE} ["env", "CGO_ENABLED=0", "go", "build", "-trimpath", "-ldflags=-s -w", "-o", "/app", "."]`
    )
    expect(
      rewritten('RUN --mount=type=cache,target=/go/pkg/mod \\', '    go build -o /out/app .')
    ).toBe(
      [`RUN ${CACHE} --mount=type=cache,target=/go/pkg/mod \\`, `    ${STATIC} -o /out/app .`].join(
        '\n'
      )
    )
  })

  it('is one per RUN however many go builds it runs', () => {
    const result = rewrite([
      'FROM golang:1.24',
      'WORKDIR /src',
      'RUN go build -o /out/a ./cmd/a \\',
      ' && go build -o /out/b ./cmd/b',
      'RUN go build -o /out/c ./cmd/c'
    ])
    expect(result.lines).toEqual([
      `RUN ${CACHE} ${STATIC} -o /out/a ./cmd/a \\`,
      ` && ${STATIC} -o /out/b ./cmd/b`,
      `RUN ${CACHE} ${STATIC} -o /out/c ./cmd/c`
    ])
    expect(result.mounts).toEqual([CACHE, CACHE])
  })

  it('is not added when the go build runs as another user than root', () => {
    expect(rewritten('USER app', 'RUN go build -o /tmp/app .')).toBe(`RUN ${STATIC} -o /tmp/app .`)
    expect(rewritten('USER 1000:1000', 'RUN go build -o /tmp/app .')).toBe(
      `RUN ${STATIC} -o /tmp/app .`
    )
    expect(rewrite(['FROM golang:1.24', 'USER app', 'RUN go build -o /tmp/app .']).mounts).toEqual(
      []
    )
  })

  it('is not added when the stage or the RUN moves the cache: GOCACHE, HOME, XDG_CACHE_HOME', () => {
    const plain = `RUN ${STATIC} -o /out/app .`
    expect(rewritten('ENV HOME=/home/build', 'RUN go build -o /out/app .')).toBe(plain)
    expect(rewritten('ARG GOCACHE=$TMPDIR/go', 'RUN go build -o /out/app .')).toBe(plain)
    expect(rewritten('ENV GOCACHE=off', 'RUN go build -o /out/app .')).toBe(plain)
    expect(rewritten('RUN HOME=/tmp go build -o /out/app .')).toBe(
      `RUN HOME=/tmp ${STATIC} -o /out/app .`
    )
    expect(rewritten('RUN GOCACHE=$(mktemp -d) go build -o /out/app .')).toBe(
      `RUN GOCACHE=$(mktemp -d) ${STATIC} -o /out/app .`
    )
    expect(rewritten('RUN export XDG_CACHE_HOME=/tmp/c && go build -o /out/app .')).toBe(
      `RUN export XDG_CACHE_HOME=/tmp/c && ${STATIC} -o /out/app .`
    )
    expect(rewritten('RUN go env -w GOCACHE=/tmp/c && go build -o /out/app .')).toBe(
      `RUN go env -w GOCACHE=/tmp/c && ${STATIC} -o /out/app .`
    )
  })

  it('goes where a GOCACHE given as a plain absolute path says, unless the build reads there', () => {
    expect(rewritten('ENV GOCACHE=/gocache/', 'RUN go build -o /out/app .')).toBe(
      `RUN --mount=type=cache,target=/gocache ${STATIC} -o /out/app .`
    )
    expect(rewritten('RUN GOCACHE=/var/cache/go go build -o /out/app .')).toBe(
      `RUN --mount=type=cache,target=/var/cache/go GOCACHE=/var/cache/go ${STATIC} -o /out/app .`
    )
    expect(rewritten('ENV GOCACHE=/src', 'RUN go build -o /out/app .')).toBe(
      `RUN ${STATIC} -o /out/app .`
    )
    expect(rewritten('ENV GOCACHE=/go', 'RUN go build -o /out/app .')).toBe(
      `RUN ${STATIC} -o /out/app .`
    )
    expect(rewritten('ENV GOCACHE=/tmp', 'RUN go build -o /out/app .')).toBe(
      `RUN ${STATIC} -o /out/app .`
    )
  })

  it('is not added when the RUN already mounts something at or around the cache', () => {
    const kept = (run: string, after: string): void => {
      const result = rewrite(['FROM golang:1.24', 'ENV GOCACHE=/gocache', run])
      expect(result.lines.join('\n')).toBe(after)
      expect(result.mounts).toEqual([])
    }
    kept(
      'RUN --mount=type=cache,target=/gocache go build -o /out/app .',
      `RUN --mount=type=cache,target=/gocache ${STATIC} -o /out/app .`
    )
    kept(
      'RUN --mount=type=cache,id=go,dst=/gocache/ go build -o /out/app .',
      `RUN --mount=type=cache,id=go,dst=/gocache/ ${STATIC} -o /out/app .`
    )
    kept(
      'RUN --mount=type=cache,target=$GOCACHE go build -o /out/app .',
      `RUN --mount=type=cache,target=$GOCACHE ${STATIC} -o /out/app .`
    )
    expect(
      rewritten(
        'RUN --mount=type=cache,target=/go/pkg/mod \\',
        '    --mount=type=cache,target=/root/.cache/go-build \\',
        '    go build -o /out/app .'
      )
    ).toBe(
      [
        'RUN --mount=type=cache,target=/go/pkg/mod \\',
        '    --mount=type=cache,target=/root/.cache/go-build \\',
        `    ${STATIC} -o /out/app .`
      ].join('\n')
    )
    expect(rewritten('RUN --mount=type=cache,target=/root/.cache go build -o /out/app .')).toBe(
      `RUN --mount=type=cache,target=/root/.cache ${STATIC} -o /out/app .`
    )
  })

  it('is not added when a # syntax= line asks for a frontend without RUN --mount', () => {
    const build = ['FROM golang:1.24', 'RUN go build -o /out/app .']
    expect(rewrite(['# syntax=docker/dockerfile:1.1', ...build]).mounts).toEqual([])
    expect(rewrite(['# syntax=example.com/frontend:2', ...build]).mounts).toEqual([])
    expect(rewrite(['# syntax=docker/dockerfile:1', ...build]).mounts).toEqual([CACHE])
    expect(rewrite(['# syntax = docker/dockerfile:1.4.3', ...build]).mounts).toEqual([CACHE])
    expect(rewrite(['#syntax=docker/dockerfile:1.0-experimental', ...build]).mounts).toEqual([
      CACHE
    ])
  })

  it('is said once in the plan, and is no gap of an image already FROM scratch', () => {
    const plan = planAlternative({
      dockerfile: [
        'FROM golang:1.24 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server',
        'RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/migrate ./cmd/migrate',
        'FROM scratch',
        'COPY --from=build /out/server /out/migrate /usr/local/bin/',
        'USER 65532:65532',
        'ENTRYPOINT ["/usr/local/bin/server"]'
      ].join('\n'),
      buildArgs: {},
      go: plainGoFacts
    })
    if (plan.kind !== 'generated') throw new Error(`expected a plan, got ${JSON.stringify(plan)}`)
    expect(
      plan.dockerfile.match(/--mount=type=cache,target=\/root\/\.cache\/go-build/g)
    ).toHaveLength(2)
    expect(plan.changes.filter(c => c.summary.includes('build cache'))).toEqual([
      {
        summary: `Go build cache kept by the builder between builds (${CACHE}): a rebuild compiles only what changed; the cache is not part of the image`
      }
    ])
    expect(plan.alreadyMinimal).toEqual({ gaps: [] })
  })
})
