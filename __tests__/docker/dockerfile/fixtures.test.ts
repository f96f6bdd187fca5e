import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { analyze } from '../../../src/engine/analyze.js'
import { fileLayerCache } from '../../../src/measure/index.js'
import { parseInputs, type InputName } from '../../../src/core/inputs.js'
import { silentProgress } from '../../../src/engine/progress.js'
import { formatBytes } from '../../../src/core/format.js'
import { factsOf, loadFixtures, type Fixture } from '../../fixtures/index.js'
import { expectSchemaValid } from '../../support/report-schema.js'

// Every fixture through the real engine, as the action runs it: build the original, measure it,
// generate the alternative, build it and run both. Its verdict must be the one the fixture expects.

// Shared by all fixtures, so the golang base layers are compressed once.
const cache = fileLayerCache(mkdtempSync(path.join(tmpdir(), 'gib-fixture-sizes-')))
const rows: string[] = []

afterAll(() => {
  // The figures for each fixture, for a reader of the CI log.
  console.log(['fixture | original | alternative | verdict', ...rows].join('\n'))
})

function inputsOf(fixture: Fixture) {
  const raw: Partial<Record<InputName, string>> = {
    context: fixture.dir,
    file: fixture.dockerfilePath,
    target: fixture.input.target ?? '',
    'build-args': Object.entries(fixture.input.buildArgs ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join('\n'),
    'verify-args': (fixture.expected.args ?? []).join('\n'),
    'go-package': fixture.input.goPackage ?? ''
  }
  return parseInputs(name => raw[name] ?? '')
}

describe('every fixture gets the verdict it expects from the engine', () => {
  for (const fixture of loadFixtures()) {
    it(
      fixture.name,
      async () => {
        const report = await analyze(inputsOf(fixture), { progress: silentProgress, cache })
        expectSchemaValid(report)
        if (report.kind !== 'measured')
          throw new Error(`${fixture.name} did not build: ${report.failure.reason}`)
        const { image, alternative } = report
        rows.push(
          `${fixture.name} | ${formatBytes(image.size)} | ${alternative.image ? formatBytes(alternative.image.size) : '-'} | ${alternative.status}`
        )

        if (fixture.input.shipped) {
          // The planner's golden view of the image is what the real build ships.
          const own = (image.binaries ?? []).filter(b => b.layer >= (image.base?.layers ?? 0))
          expect(factsOf(own)).toEqual(
            fixture.input.shipped.map(({ strippableBytes: _bytes, ...facts }) => facts)
          )
        }
        expect({ status: alternative.status, summary: alternative.summary }).toEqual({
          status: fixture.expected.verdict,
          summary: expect.any(String)
        })
        if (fixture.filesystem) {
          // Planned from the real image's filesystem, the alternative is the one the goldens hold.
          const plan = fixture.expected.plan as { changes: { summary: string }[] }
          expect(alternative.dockerfile).toEqual(fixture.expectedDockerfile)
          expect(alternative.changes).toEqual(plan.changes.map(change => change.summary))
        }
        if (alternative.status === 'verified') {
          // Already-scratch originals only lose symbols and paths; the others lose a whole base image.
          const ratio = alternative.gaps ? 0.9 : 0.8
          expect(alternative.image!.size).toBeLessThan(image.size * ratio)
        }
      },
      300_000
    )
  }
})
