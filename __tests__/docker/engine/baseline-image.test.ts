import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { measureBaselineImage } from '../../../src/engine/baseline-image.js'
import { silentProgress } from '../../../src/engine/progress.js'
import { measureImage } from '../../../src/measure/index.js'
import { docker, runDocker } from '../../../src/tools/docker.js'

// baseline-image against the loopback registry: the image is pulled, then measured from the engine.

const REFERENCE = `127.0.0.1:5000/gib-baseline-${randomBytes(4).toString('hex')}:main`
let expected: { size: number; compressedSize: number; layers: number }

beforeAll(async () => {
  await docker(['tag', 'busybox:latest', REFERENCE])
  await docker(['push', '--quiet', REFERENCE])
  const image = await measureImage(REFERENCE)
  expected = { size: image.size, compressedSize: image.compressedSize, layers: image.layers.length }
  // Only the registry has it now: the measurement below must pull it.
  await docker(['image', 'rm', REFERENCE])
}, 120_000)
afterAll(async () => {
  await runDocker(['image', 'rm', '--force', REFERENCE])
})

describe('measureBaselineImage', () => {
  it('pulls the image and measures it, naming its ID and the commit compared with', async () => {
    const baseline = await measureBaselineImage(REFERENCE, {
      progress: silentProgress,
      commit: 'c'.repeat(40)
    })

    expect(baseline).toEqual({
      status: 'measured',
      commit: 'c'.repeat(40),
      image: REFERENCE,
      ...expected,
      source: { kind: 'image', id: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), pulled: true }
    })
  }, 120_000)

  it("measures the engine's copy when the pull fails, and says it was not pulled", async () => {
    const local = `gib-baseline-local-${randomBytes(4).toString('hex')}:main`
    await docker(['tag', 'busybox:latest', local])
    try {
      const baseline = await measureBaselineImage(local, { progress: silentProgress })
      expect(baseline).toMatchObject({
        status: 'measured',
        image: local,
        source: { pulled: false }
      })
      expect(baseline).not.toHaveProperty('commit')
    } finally {
      await runDocker(['image', 'rm', local])
    }
  }, 120_000)

  it('is unavailable, with the reason, when neither the registry nor the engine has it', async () => {
    const missing = `127.0.0.1:5000/gib-baseline-missing-${randomBytes(4).toString('hex')}:main`
    const baseline = await measureBaselineImage(missing, { progress: silentProgress })

    expect(baseline).toEqual({
      status: 'unavailable',
      image: missing,
      reason: expect.stringMatching(/^it could not be pulled \(.+\) and the engine has no copy$/)
    })
  }, 120_000)
})
