import { describe, expect, it } from '@jest/globals'
import { execFormAsShell } from '../../../../src/dockerfile/read/exec-form-run.js'
import { shellAsExecForm } from '../../../../src/dockerfile/write/exec-form.js'
import { planAlternative } from '../../../../src/dockerfile/plan.js'
import type { AlternativePlan } from '../../../../src/dockerfile/types.js'
import type { GoFacts } from '../../../../src/go-source/types.js'
import { plainGoFacts } from '../go-facts-fixture.js'

const go: GoFacts = plainGoFacts

const dockerfileOf = (lines: string[], goPackage?: string): string => {
  const plan: AlternativePlan = planAlternative({
    dockerfile: lines.join('\n'),
    buildArgs: {},
    go,
    goPackage
  })
  if (plan.kind !== 'generated') throw new Error(`expected a plan, got ${JSON.stringify(plan)}`)
  return plan.dockerfile
}

describe('exec-form RUN', () => {
  it('reads an argv as the shell line that runs it, and back', () => {
    const argv = ['go', 'build', "-ldflags=-X 'main.v=$V'", '-o', '/app', '.']
    expect(execFormAsShell(argv)).toBe(`go build '-ldflags=-X '\\''main.v=$V'\\''' -o /app .`)
    expect(shellAsExecForm(execFormAsShell(argv))).toEqual(argv)
    expect(shellAsExecForm('CGO_ENABLED=0 go build .')).toEqual([
      'env',
      'CGO_ENABLED=0',
      'go',
      'build',
      '.'
    ])
  })

  it('makes an exec-form go build static and keeps it in exec form', () => {
    const dockerfile = dockerfileOf([
      'FROM golang:1.24 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN --mount=type=cache,target=/root/.cache/go-build ["go", "build", "-o", "/app", "."]',
      'FROM alpine:3.20',
      'COPY --from=build /app /app',
      'ENTRYPOINT ["/app"]'
    ])
    expect(dockerfile.split('\n')[3]).toBe(
      'RUN --mount=type=cache,target=/root/.cache/go-build ["env", "CGO_ENABLED=0", "go", "build", "-trimpath", "-ldflags=-s -w", "-o", "/app", "."]'
    )
  })

  it('keeps a literal $ of an exec-form -ldflags literal', () => {
    const dockerfile = dockerfileOf([
      'FROM golang:1.24 AS build',
      'ENV CGO_ENABLED=0',
      'RUN ["go", "build", "-ldflags=-X main.v=$V", "-o", "/app", "."]',
      'FROM alpine:3.20',
      'COPY --from=build /app /app'
    ])
    expect(dockerfile).toContain(
      'RUN --mount=type=cache,target=/root/.cache/go-build ["go", "build", "-trimpath", "-ldflags=-s -w -X main.v=$V", "-o", "/app", "."]\n'
    )
  })

  it('sees make in exec form as a hidden build', () => {
    const dockerfile = dockerfileOf(
      [
        'FROM golang:1.24 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN ["make", "build"]',
        'FROM alpine:3.20',
        'COPY --from=build /src/bin/server /server',
        'ENTRYPOINT ["/server"]'
      ],
      './cmd/server'
    )
    expect(dockerfile).toContain(
      'RUN ["make", "build"]\nRUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /src/bin/server ./cmd/server\n'
    )
  })
})
