import { describe, expect, it } from '@jest/globals'
import { renderDriftTerminal } from '../../../src/drift/cli-report.js'
import { driftEntry, driftThreshold, GOLANG_NEW } from './entries.js'

const newGolang = [{ image: 'golang:1.24', digest: GOLANG_NEW }, driftEntry(1).bases[1]!]
const history = [
  driftEntry(1),
  driftEntry(2, { size: 702_000_000 }),
  driftEntry(3, { size: 714_100_000, bases: newGolang })
]

describe('renderDriftTerminal', () => {
  it('shows the figures, a sparkline, digest changes and the last runs', () => {
    expect(renderDriftTerminal(history)).toMatchSnapshot()
  })

  it('closes with the verdict against a threshold', () => {
    expect(renderDriftTerminal(history, { threshold: driftThreshold('1%') })).toContain(
      'DRIFT: the image grew by 12.1 MB (+1.7%) since the previous run, past the drift threshold of 1%: ' +
        'the digest of golang:1.24 changed.'
    )
    expect(renderDriftTerminal(history, { threshold: driftThreshold('20MB') })).toContain(
      'No drift: +12.1 MB since the previous run is within the threshold of 20 MB.'
    )
  })

  it('keeps terminal escapes and line breaks from an image name out of the output', () => {
    const image = 'evil\u001b[2J\u001b]0;title\u0007\nname'
    const entries = [
      driftEntry(1, { bases: [{ image, digest: 'sha256:aaa' }] }),
      driftEntry(2, { bases: [{ image, digest: 'sha256:bbb' }] })
    ]
    const text = renderDriftTerminal(entries)
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text).toContain('evil name changed digest on 2026-11-02')
  })

  it('says when there is nothing yet', () => {
    expect(renderDriftTerminal([])).toBe('go-image-budget drift: no runs recorded yet.\n')
  })
})
