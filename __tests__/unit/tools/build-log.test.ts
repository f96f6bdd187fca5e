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

describe('summarizeBuildFailure on what BuildKit says badly', () => {
  it('says a repeated prefix once', () => {
    const failure = summarizeBuildFailure(
      'ERROR: failed to solve: Internal: Internal: Internal: stream terminated by RST_STREAM with error code: INTERNAL_ERROR\n'
    )
    expect(failure.reason).toBe(
      'failed to solve: Internal: stream terminated by RST_STREAM with error code: INTERNAL_ERROR'
    )
  })

  it('gives "max depth exceeded" a hint on what to do', () => {
    const failure = summarizeBuildFailure(
      [
        '#133 [130/131] RUN echo 129 > /f129',
        '#133 ERROR: failed to prepare iz943cv7 as tzqlapil: max depth exceeded',
        'ERROR: failed to solve: failed to prepare iz943cv7 as tzqlapil: max depth exceeded'
      ].join('\n')
    )
    expect(failure.reason).toMatch(
      /max depth exceeded \(the image has more layers than .*join RUN, COPY and ADD steps/
    )
  })

  it('cuts a line of hundreds of KB, in the reason and in the tail', () => {
    const long = `RUN echo ${'a'.repeat(200_000)}`
    const failure = summarizeBuildFailure(
      ['Dockerfile:2', '--------------------', `   2 |     ${long}`, `ERROR: ${long}`].join('\n')
    )
    expect(failure.reason.length).toBeLessThan(600)
    expect(failure.reason).toMatch(/… \(199,\d{3} more characters\)$/)
    expect(Math.max(...failure.tail.map(line => line.length))).toBeLessThan(600)
  })
})
