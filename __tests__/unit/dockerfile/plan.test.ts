import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { planAlternative } from '../../../src/dockerfile/plan.js'
import type { AlternativePlan } from '../../../src/dockerfile/types.js'
import { scanGoSources } from '../../../src/go-source/scan.js'
import { loadFixtures, shippedBinaries, type Fixture } from '../../fixtures/index.js'

// UPDATE_GOLDEN=1 rewrites expected.Dockerfile and the `plan` of expected.json; review the diff.
const updating = process.env.UPDATE_GOLDEN === '1'

async function planFixture(fixture: Fixture): Promise<AlternativePlan> {
  return planAlternative({
    dockerfile: readFileSync(fixture.dockerfilePath, 'utf8'),
    target: fixture.input.target,
    buildArgs: fixture.input.buildArgs ?? {},
    go: await scanGoSources(fixture.dir),
    goPackage: fixture.input.goPackage,
    filesystem: fixture.filesystem,
    shipped: shippedBinaries(fixture)
  })
}

function splitPlan(plan: AlternativePlan): { dockerfile?: string; rest: Record<string, unknown> } {
  if (plan.kind !== 'generated') return { rest: { ...plan } }
  const { dockerfile, ...rest } = plan
  return { dockerfile, rest }
}

function writeGolden(fixture: Fixture, plan: AlternativePlan): void {
  const { dockerfile, rest } = splitPlan(plan)
  const goldenPath = join(fixture.dir, 'expected.Dockerfile')
  if (dockerfile) writeFileSync(goldenPath, dockerfile)
  else rmSync(goldenPath, { force: true })
  const expected = { ...fixture.expected, plan: rest }
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`)
}

describe('planAlternative on the fixtures', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.name} matches its golden files`, async () => {
      const plan = await planFixture(fixture)
      if (updating) writeGolden(fixture, plan)
      const { dockerfile, rest } = splitPlan(plan)
      const expected = updating ? rest : fixture.expected.plan
      expect(rest).toEqual(expected)
      expect(dockerfile).toEqual(updating ? dockerfile : fixture.expectedDockerfile)
    })
  }
})
