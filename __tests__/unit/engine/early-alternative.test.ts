import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseInputs, type InputName } from '../../../src/core/inputs.js'
import { startEarlyAlternative } from '../../../src/engine/early-alternative.js'
import { scanGoSources } from '../../../src/go-source/scan.js'
import { FIXTURES_DIR } from '../../fixtures/index.js'

// When the alternative is not built before the measurement: each case returns before any build
// starts (the builds themselves are in the Docker suite).

async function earlyFor(fixture: string, raw: Partial<Record<InputName, string>> = {}) {
  const context = path.join(FIXTURES_DIR, fixture)
  const inputs = parseInputs(name => ({ context, ...raw })[name] ?? '')
  const dockerfile = readFileSync(path.join(context, 'Dockerfile'), 'utf8')
  return startEarlyAlternative(inputs, dockerfile, await scanGoSources(context), 'unused:tag')
}

describe('startEarlyAlternative builds nothing', () => {
  it('when no alternative is wanted', async () => {
    expect(await earlyFor('alpine-multistage', { alternative: 'none' })).toBeUndefined()
  })

  it('under no-cache, where a changed plan could not reuse its go build', async () => {
    expect(await earlyFor('alpine-multistage', { 'no-cache': 'true' })).toBeUndefined()
  })

  it('for a build hidden behind make, which only the measured image can plan', async () => {
    expect(await earlyFor('make-hidden')).toBeUndefined()
  })
})
