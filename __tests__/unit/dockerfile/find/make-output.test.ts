import { describe, expect, it } from '@jest/globals'
import { goBuildsOfDryRun, stripAdvice } from '../../../../src/dockerfile/find/make-output.js'

const OUTPUT = [
  "Makefile:7: update target 'bin/api' due to: FORCE",
  'go build -trimpath -ldflags "-X main.version=1.0" -o bin/api ./cmd/api',
  "Makefile:7: update target 'bin/worker' due to: FORCE",
  'CGO_ENABLED=0 go build -ldflags="-s -w" -o bin/worker ./cmd/worker',
  'echo done'
].join('\n')

describe('the dry run of a make build', () => {
  it('finds each go build with its recipe line, output and whether it strips', () => {
    expect(goBuildsOfDryRun(OUTPUT, '/src')).toEqual([
      {
        recipe: 'Makefile:7',
        command: 'go build -trimpath -ldflags "-X main.version=1.0" -o bin/api ./cmd/api',
        output: '/src/bin/api',
        stripped: false
      },
      {
        recipe: 'Makefile:7',
        command: 'CGO_ENABLED=0 go build -ldflags="-s -w" -o bin/worker ./cmd/worker',
        output: '/src/bin/worker',
        stripped: true
      }
    ])
  })

  it('points at the go build that writes the unstripped binary', () => {
    const builds = goBuildsOfDryRun(OUTPUT, '/src')
    expect(stripAdvice(builds, ['/src/bin/api'], 'make -n -B --trace all')).toBe(
      '`make -n -B --trace all` in the build stage shows where: add -s -w to the -ldflags of Makefile:7: `go build -trimpath -ldflags "-X main.version=1.0" -o bin/api ./cmd/api`'
    )
    expect(stripAdvice(builds, ['/src/bin/worker'], 'make -n all')).toBeUndefined()
  })
})
