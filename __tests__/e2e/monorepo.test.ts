import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { docker, runDocker } from '../../src/tools/docker.js'
import { FakeGitHub } from '../support/github-server.js'
import { expectSchemaValid } from '../support/report-schema.js'
import {
  pullRequestEvent,
  runAction,
  type ActionRun,
  type ActionRunOptions
} from '../support/run-action.js'

// A monorepo's services measured in one run of the bundled action. Every service starts FROM a
// base with a long layer table, built here, so the details of all images together pass GitHub's
// comment limit while each build stays a copy of a few small files.

jest.setTimeout(600_000)

const SERVICES = '__tests__/fixtures-monorepo/services'
const FILES = ['api', 'auth', 'billing', 'legacy', 'web', 'worker'].map(
  service => `${SERVICES}/${service}/Dockerfile`
)
const DEEP_LAYERS = 118
const DEEP_BASE = `gib-monorepo-deep:${randomBytes(4).toString('hex')}`
const github = new FakeGitHub()
let toolCache: string
let baseDir: string

beforeAll(async () => {
  await github.start()
  toolCache = await mkdtemp(path.join(tmpdir(), 'gib-tool-cache-'))
  baseDir = await mkdtemp(path.join(tmpdir(), 'gib-deep-base-'))
  const copies = Array.from(
    { length: DEEP_LAYERS },
    (_, i) =>
      `COPY layer.txt /srv/shared/a-long-layer-table/with-paths-that-fill-its-cells/${i}.txt`
  )
  await writeFile(path.join(baseDir, 'layer.txt'), 'layer\n')
  await writeFile(
    path.join(baseDir, 'Dockerfile'),
    ['FROM busybox:latest', ...copies, ''].join('\n')
  )
  await docker(['buildx', 'build', '--load', '--quiet', '--tag', DEEP_BASE, baseDir])
})

afterAll(async () => {
  await github.stop()
  await runDocker(['image', 'rm', DEEP_BASE])
  await rm(baseDir, { recursive: true, force: true })
  await rm(toolCache, { recursive: true, force: true })
})

function run(pr: number, inputs: Record<string, string>): Promise<ActionRun> {
  const options: ActionRunOptions = {
    inputs: {
      alternative: 'none',
      baseline: 'none',
      'github-token': 'ghs_monorepo',
      ...inputs
    },
    eventName: 'pull_request',
    event: pullRequestEvent(pr),
    apiUrl: github.url,
    env: { RUNNER_TOOL_CACHE: toolCache }
  }
  return runAction(options)
}

describe('dockerfiles matching every service of a monorepo', () => {
  const PR = 31
  let result: ActionRun

  beforeAll(async () => {
    result = await run(PR, {
      dockerfiles: `${SERVICES}/*/Dockerfile`,
      'build-args': `BASE=${DEEP_BASE}`,
      'max-size': '4MB'
    })
  })

  it('writes one comment with a verdict row per image, within the comment limit', () => {
    const comments = github.commentsOn(PR)
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    expect(body).toContain('### go-image-budget: 6 images')
    const rows = body.split('\n').filter(line => line.startsWith(`| \`${SERVICES}/`))
    expect(rows.map(row => row.split(' | ')[0])).toEqual(FILES.map(file => `| \`${file}\``))
    expect(rows.find(row => row.includes('/legacy/'))).toContain('❌ did not build')
    expect(rows.find(row => row.includes('/worker/'))).toMatch(/❌ over budget: size [\d.]+ MB/)
    expect(rows.find(row => row.includes('/api/'))).toContain('✅ within budget')
    expect(body).toContain('**1 over budget, 1 did not build** of 6 images.')

    // The summary has room for every layer of every image; the comment does not.
    expect(result.summary.length).toBeGreaterThan(65_536)
    expect(result.summary.match(/<summary>Where the bytes are<\/summary>/g)).toHaveLength(5)
    expect(result.summary).not.toContain('largest of')
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/The 20 largest of 12\d layers\./)
  })

  it('sets each per-image output as a JSON map keyed by Dockerfile path', () => {
    const sizes = JSON.parse(result.outputs.size!) as Record<string, number | null>
    const layers = JSON.parse(result.outputs.layers!) as Record<string, number | null>
    expect(Object.keys(sizes)).toEqual(FILES)
    expect(sizes[`${SERVICES}/legacy/Dockerfile`]).toBeNull()
    expect(sizes[`${SERVICES}/worker/Dockerfile`]).toBeGreaterThan(4_000_000)
    expect(sizes[`${SERVICES}/api/Dockerfile`]).toBeLessThan(4_000_000)
    // busybox, the deep base's copies, and the service's own COPY (and RUN for the worker)
    expect(layers[`${SERVICES}/api/Dockerfile`]).toBe(DEEP_LAYERS + 2)
    expect(layers[`${SERVICES}/worker/Dockerfile`]).toBe(DEEP_LAYERS + 3)
    expect(JSON.parse(result.outputs['alternative-status']!)).toMatchObject({
      [`${SERVICES}/api/Dockerfile`]: 'skipped'
    })
    expect(result.outputs['within-budget']).toBe('false')
    expect(result.outputs['comment-url']).toBe(github.commentsOn(PR)[0]!.html_url)
    expect(result.outputs['comment-bundle']).toBeUndefined()
  })

  it('writes one JSON report holding every image', async () => {
    const reports = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
    expectSchemaValid(reports)
    expect(Object.keys(reports)).toEqual(FILES)
    expect(reports[`${SERVICES}/web/Dockerfile`]).toMatchObject({
      kind: 'measured',
      context: `${SERVICES}/web`
    })
    expect(reports[`${SERVICES}/legacy/Dockerfile`].kind).toBe('build-failed')
  })

  it('fails the step on the Dockerfile over budget and on the one that did not build', () => {
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(`::error .*file=${SERVICES}/worker/Dockerfile,line=3::Image over budget: size`)
    )
    expect(result.stdout).toMatch(
      new RegExp(`::error .*file=${SERVICES}/legacy/Dockerfile,line=5.*did not build`)
    )
    expect(result.stdout).not.toMatch(/::error .*file=[^,]*\/(api|auth|billing|web)\/Dockerfile/)
  })
})

describe('dockerfiles matching one Dockerfile', () => {
  it('runs as a one-image run: its folder as context, plain outputs, the one-image comment', async () => {
    const PR = 32
    const result = await run(PR, {
      dockerfiles: `${SERVICES}/a*/Dockerfile\n!${SERVICES}/auth/Dockerfile`,
      'max-size': '4MB'
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.layers).toBe('2')
    expect(Number(result.outputs.size)).toBeGreaterThan(1_000_000)
    expect(result.outputs['within-budget']).toBe('true')
    expect(result.outputs['comment-bundle']).toBeTruthy()
    const [comment] = github.commentsOn(PR)
    expect(comment!.body).toContain(`### go-image-budget: \`${SERVICES}/api/Dockerfile\``)
    expect(comment!.body).toContain('| Current |')
  })

  it('refuses patterns that match nothing before building, saying where they are looked for', async () => {
    const result = await run(33, { dockerfiles: 'no-such-folder/*/Dockerfile' })

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain(
      '::error::dockerfiles: no file matches "no-such-folder/*/Dockerfile"; patterns are relative to the workspace'
    )
    expect(result.stdout).not.toContain('Docker info')
  })

  it('refuses file and dockerfiles together', async () => {
    const result = await run(34, { file: 'Dockerfile', dockerfiles: `${SERVICES}/*/Dockerfile` })

    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toContain('::error::file and dockerfiles cannot be used together')
  })
})
