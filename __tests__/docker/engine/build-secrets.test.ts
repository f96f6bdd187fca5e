import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { parseInputs, type InputName } from '../../../src/core/inputs.js'
import { analyze } from '../../../src/engine/analyze.js'
import { silentProgress } from '../../../src/engine/progress.js'
import { FixtureRepo } from '../../support/fixture-repo.js'

// build-push-action's build inputs reach the base commit's build too, not only the image's: a
// required secret, checked by value, in both. Each commit's RUN differs, so neither is the
// other's cached step (BuildKit caches a step whatever its secret was).

const dockerfileOf = (commit: string) =>
  [
    'FROM busybox:latest',
    'ARG NONCE',
    `RUN --mount=type=secret,id=token,required=true test "$(cat /run/secrets/token)" = "$NONCE-open-sesame" && echo ${commit} > /commit`,
    ''
  ].join('\n')

describe('a required secret', () => {
  it('reaches the build of the image and the build of the base commit', async () => {
    const repo = await FixtureRepo.create()
    const base = await repo.commit('base', { Dockerfile: dockerfileOf('base') })
    await repo.commit('head', { Dockerfile: dockerfileOf('head') })
    const nonce = randomBytes(8).toString('hex')
    const values: Partial<Record<InputName, string>> = {
      context: repo.dir,
      alternative: 'none',
      'build-args': `NONCE=${nonce}`,
      secrets: `token=${nonce}-open-sesame`
    }
    const inputs = parseInputs(name => values[name] ?? '')

    const report = await analyze(inputs, {
      progress: silentProgress,
      baseline: { commit: base, mode: 'build' }
    })

    expect(report.kind).toBe('measured')
    if (report.kind !== 'measured') return
    expect(report.baseline).toMatchObject({ status: 'measured', commit: base })
  }, 300_000)

  it('is what the base commit builds with: without it, the base is not measured', async () => {
    const repo = await FixtureRepo.create()
    const base = await repo.commit('base', { Dockerfile: dockerfileOf('base') })
    await repo.commit('head', { Dockerfile: 'FROM busybox:latest\nRUN echo head > /commit\n' })
    const nonce = randomBytes(8).toString('hex')
    const values: Partial<Record<InputName, string>> = {
      context: repo.dir,
      alternative: 'none',
      'build-args': `NONCE=${nonce}`
    }

    const report = await analyze(
      parseInputs(name => values[name] ?? ''),
      { progress: silentProgress, baseline: { commit: base, mode: 'build' } }
    )

    expect(report.kind === 'measured' && report.baseline).toMatchObject({
      status: 'unavailable',
      commit: base
    })
  }, 300_000)
})
