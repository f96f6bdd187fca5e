import { describe, expect, it } from '@jest/globals'
import { claimedStatus } from '../../../src/engine/claimed-status.js'
import type { GoFacts } from '../../../src/go-source/types.js'

const facts = (unread?: GoFacts['unread']): GoFacts => ({
  imports: [],
  usesCgo: false,
  cgoModules: [],
  openedPaths: [],
  loadsLocations: false,
  usesTempDir: false,
  ...(unread ? { unread } : {})
})
const verified = { status: 'verified', summary: 'both exited 0 with no output' } as const

describe('claimedStatus', () => {
  it('keeps verified when the scan read the whole program', () => {
    expect(claimedStatus(verified, facts())).toEqual(verified)
    const unusedCodeLeft = { files: 12, limit: 5000, listingStopped: false, program: false }
    expect(claimedStatus(verified, facts(unusedCodeLeft))).toEqual(verified)
  })

  it("does not claim verified when the program's own files went unread", () => {
    const programLeft = { files: 2, limit: 5000, listingStopped: false, program: true }
    expect(claimedStatus(verified, facts(programLeft))).toEqual({
      status: 'unverified',
      summary:
        "both exited 0 with no output, but the Go source scan stopped before it read all of the program's own packages, so what the alternative carries was decided on part of the program"
    })
  })

  it('leaves every other verdict as the run gave it', () => {
    const programLeft = { files: 2, limit: 5000, listingStopped: false, program: true }
    const differs = { status: 'differs' as const, summary: 'stdout differs', differences: [] }
    expect(claimedStatus(differs, facts(programLeft))).toEqual({
      status: 'differs',
      summary: 'stdout differs'
    })
  })
})
