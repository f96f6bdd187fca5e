import { describe, expect, it } from '@jest/globals'
import {
  mergeHistory,
  parseHistoryBlock,
  parseHistoryJson,
  recordedEntryOf,
  renderHistoryBlock,
  renderHistoryJson
} from '../../../src/drift/history.js'
import { driftEntry } from './entries.js'

describe('build keys in the history', () => {
  it('reads a history written before entries kept a build key, and one that keeps it', () => {
    const old = renderHistoryJson([driftEntry(1)])
    expect(old).not.toContain('buildKey')
    expect(parseHistoryJson(old)).toEqual({ entries: [driftEntry(1)] })

    const keyed = [driftEntry(1), driftEntry(2, { buildKey: 'v1-0123456789abcdef' })]
    expect(parseHistoryBlock(renderHistoryBlock(keyed))).toEqual({ entries: keyed })
  })

  it('refuses a build key that is not a string', () => {
    const text = renderHistoryJson([driftEntry(1)]).replace('"ownSize"', '"buildKey":7,"ownSize"')
    expect(parseHistoryJson(text)).toEqual({ error: 'history entry 1: buildKey is not a string' })
  })

  it('finds the newest entry of one commit and build key, never an unkeyed one', () => {
    const commit = 'c'.repeat(40)
    const entries = [
      driftEntry(1, { commit }),
      driftEntry(2, { commit, buildKey: 'v1-a', size: 1 }),
      driftEntry(3, { commit, buildKey: 'v1-b' }),
      driftEntry(4, { commit, buildKey: 'v1-a', size: 2 }),
      driftEntry(5, { buildKey: 'v1-a' })
    ]
    expect(recordedEntryOf(entries, commit, 'v1-a')?.size).toBe(2)
    expect(recordedEntryOf(entries, commit, 'v1-c')).toBeUndefined()
    expect(recordedEntryOf([driftEntry(1, { commit })], commit, 'v1-a')).toBeUndefined()
  })
})

describe('history block', () => {
  it('reads back what it wrote, inside any body', () => {
    const entries = [
      driftEntry(1),
      driftEntry(2, { alternativeSize: undefined, ownSize: undefined })
    ]
    const body = `### Some report\n\ntext\n\n${renderHistoryBlock(entries)}\n`
    expect(parseHistoryBlock(body)).toEqual({ entries })
  })

  it('keeps hostile image names inside the HTML comment and reads them back unchanged', () => {
    const image = 'evil--><img src=x onerror=alert(1)>--!><!-- -- >'
    const entries = [driftEntry(1, { bases: [{ image, digest: 'sha256:abc' }], commit: '-->' })]
    const block = renderHistoryBlock(entries)

    const inner = block.slice('<!--'.length, -'-->'.length)
    expect(inner).not.toMatch(/--|[<>]/)
    expect(block.match(/-->/g)).toHaveLength(1)
    expect(parseHistoryBlock(block)).toEqual({ entries })
  })

  it('reads a block whose line endings a web edit turned into CRLF', () => {
    const block = renderHistoryBlock([driftEntry(1)]).replace(/\n/g, '\r\n')
    expect(parseHistoryBlock(`intro\r\n\r\n${block}\r\n`)).toEqual({ entries: [driftEntry(1)] })
  })

  it('reports a block edited into invalid JSON instead of throwing', () => {
    const block = renderHistoryBlock([driftEntry(1)]).replace('"size":', '"size"')
    const parsed = parseHistoryBlock(block)
    expect(parsed).toEqual({ error: expect.stringMatching(/not valid JSON/) })
  })

  it.each([
    ['a missing block', 'just text', /no history block/],
    [
      'an unclosed block',
      '<!-- go-image-budget-history v1\n{"version":1,"entries":[]}',
      /not closed/
    ],
    [
      'a newer version',
      '<!-- go-image-budget-history v2\n{}\n-->',
      /version 2; this version reads v1/
    ],
    [
      'an entry with a text size',
      block({ ...driftEntry(1), size: '700MB' }),
      /entry 1: size is not a whole number/
    ],
    [
      'an entry without bases',
      block({ ...driftEntry(1), bases: undefined }),
      /entry 1: bases is not a list/
    ],
    [
      'an entry with a bad date',
      block({ ...driftEntry(1), time: 'yesterday' }),
      /entry 1: time is not an ISO/
    ],
    [
      'a list instead of an object',
      '<!-- go-image-budget-history v1\n[]\n-->',
      /not an object with an "entries" list/
    ]
  ])('reports %s', (_, body, message) => {
    const parsed = parseHistoryBlock(body)
    expect('error' in parsed && parsed.error).toMatch(message)
  })

  it('reads the last block when a hand edit left two', () => {
    const body = `${renderHistoryBlock([driftEntry(1)])}\n\n${renderHistoryBlock([driftEntry(2)])}`
    expect(parseHistoryBlock(body)).toEqual({ entries: [driftEntry(2)] })
  })

  it('drops fields it does not know and keeps one entry per run', () => {
    const text = JSON.stringify({
      version: 1,
      entries: [{ ...driftEntry(1), extra: true }, driftEntry(1)]
    })
    expect(parseHistoryJson(text)).toEqual({ entries: [driftEntry(1)] })
  })

  it('writes one entry per line, for readable hand edits and diffs', () => {
    const json = renderHistoryJson([driftEntry(1), driftEntry(2)])
    expect(json.split('\n')).toHaveLength(4)
    expect(parseHistoryJson(json)).toEqual({ entries: [driftEntry(1), driftEntry(2)] })
    expect(parseHistoryJson(renderHistoryJson([]))).toEqual({ entries: [] })
  })
})

describe('mergeHistory', () => {
  const a = [driftEntry(1), driftEntry(3)]
  const b = [driftEntry(2), driftEntry(3)]

  it('merges by run, in time order', () => {
    expect(mergeHistory(a, b, 90).map(e => e.runId)).toEqual(['run-1', 'run-2', 'run-3'])
  })

  it('is idempotent', () => {
    const once = mergeHistory(a, b, 90)
    expect(mergeHistory(once, b, 90)).toEqual(once)
    expect(mergeHistory(once, once, 90)).toEqual(once)
    expect(mergeHistory(b, a, 90).map(e => e.runId)).toEqual(once.map(e => e.runId))
  })

  it('keeps the newest runs up to the limit', () => {
    const many = Array.from({ length: 10 }, (_, i) => driftEntry(i + 1))
    expect(mergeHistory(many, [driftEntry(11)], 3).map(e => e.runId)).toEqual([
      'run-9',
      'run-10',
      'run-11'
    ])
  })

  it("lets the second history's entry win for the same run (a re-run)", () => {
    const rerun = driftEntry(3, { size: 1 })
    expect(mergeHistory(a, [rerun], 90).find(e => e.runId === 'run-3')?.size).toBe(1)
  })

  it('orders by instant, not by how the time is written', () => {
    const early = driftEntry(1, { runId: 'x', time: '2026-11-05T08:00:00+02:00' })
    const late = driftEntry(1, { runId: 'y', time: '2026-11-05T07:00:00Z' })
    expect(mergeHistory([late], [early], 90).map(e => e.runId)).toEqual(['x', 'y'])
  })
})

function block(entry: object): string {
  return `<!-- go-image-budget-history v1\n${JSON.stringify({ version: 1, entries: [entry] })}\n-->`
}
