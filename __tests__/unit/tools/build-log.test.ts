import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { summarizeBuildFailure } from '../../../src/tools/build-log.js'

const log = readFileSync(
  new URL('../../../__fixtures__/build-logs/go-compile-error.txt', import.meta.url),
  'utf8'
)

describe('summarizeBuildFailure', () => {
  it('names the failing step, its Dockerfile line and the end of its output', () => {
    const failure = summarizeBuildFailure(log)
    expect(failure.step).toBe('[4/4] RUN go build -o broken .')
    expect(failure.line).toBe(4)
    expect(failure.reason).toContain('did not complete successfully: exit code: 1')
    expect(failure.tail.join('\n')).toContain('syntax error')
    expect(failure.tail.some(line => /^#\d+ /.test(line))).toBe(false)
  })

  it('falls back to the last lines when BuildKit printed no step', () => {
    const failure = summarizeBuildFailure(
      'ERROR: failed to read dockerfile: open Dockerfile: no such file\n'
    )
    expect(failure.step).toBeUndefined()
    expect(failure.reason).toBe('failed to read dockerfile: open Dockerfile: no such file')
  })
})
