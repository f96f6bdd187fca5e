import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { jsonReportProblems } from '../../src/core/report-schema.js'
import { FakeGitHub } from '../support/github-server.js'
import { pushEvent, runAction } from '../support/run-action.js'

// registry-image through the bundled action, against the loopback registry's two-platform index:
// the sizes it reports must be the sums of each platform manifest's layers, read here directly.
jest.setTimeout(120_000)

const REGISTRY = 'http://127.0.0.1:5000'
const github = new FakeGitHub()

beforeAll(() => github.start())
afterAll(() => github.stop())

interface Descriptor {
  digest: string
  size: number
  platform?: { os: string; architecture: string }
}

async function registryJson(path: string, accept: string): Promise<unknown> {
  const response = await fetch(`${REGISTRY}/v2/${path}`, { headers: { accept } })
  expect(response.status).toBe(200)
  return response.json()
}

/** Each platform of the index and the sum of its manifest's layer sizes. */
async function manifestSums(): Promise<Record<string, number>> {
  const index = (await registryJson(
    'acme/hello/manifests/multi',
    'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json'
  )) as { manifests: Descriptor[] }
  const sums: Record<string, number> = {}
  for (const entry of index.manifests) {
    if (!entry.platform || entry.platform.os === 'unknown') continue
    const manifest = (await registryJson(
      `acme/hello/manifests/${entry.digest}`,
      'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
    )) as { layers: Descriptor[] }
    sums[`${entry.platform.os}/${entry.platform.architecture}`] = manifest.layers.reduce(
      (sum, layer) => sum + layer.size,
      0
    )
  }
  return sums
}

describe('registry-image', () => {
  it('reports both platforms of the index at their manifests’ layer sums', async () => {
    const expected = await manifestSums()
    expect(Object.keys(expected).sort()).toEqual(['linux/amd64', 'linux/arm64'])

    const result = await runAction({
      inputs: {
        'registry-image': '127.0.0.1:5000/acme/hello:multi',
        'max-compressed-size': '50MB',
        'github-token': 'ghs_e2e-secret-token'
      },
      eventName: 'push',
      event: pushEvent(),
      apiUrl: github.url
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['compressed-size']!)).toEqual(expected)
    expect(result.outputs.size).toBe('')
    expect(result.outputs['within-budget']).toBe('true')
    expect(result.summary).toContain('| `linux/arm64` | not known |')

    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as {
      kind: string
      platforms: { platform: string; digest: string; compressedSize: number; layers: number }[]
    }
    expect(report.kind).toBe('registry')
    expect(jsonReportProblems(report)).toEqual([])
    expect(Object.fromEntries(report.platforms.map(p => [p.platform, p.compressedSize]))).toEqual(
      expected
    )
    for (const platform of report.platforms) {
      expect(platform.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
      expect(platform.layers).toBeGreaterThan(0)
    }
  })

  it('fails the step with the reference and why, for a tag that is not there', async () => {
    const result = await runAction({
      inputs: { 'registry-image': '127.0.0.1:5000/acme/hello:missing' },
      eventName: 'push',
      event: pushEvent(),
      apiUrl: github.url
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::registry-image 127.0.0.1:5000/acme/hello:missing: not found'
    )
  })
})
