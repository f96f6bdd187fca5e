// A pull-request run whose base commit a push run on main recorded, against one plain
// `docker buildx build --load` of the same Dockerfile: the base commit should not be built, so
// the run costs the pull request's build, its alternative's build and the measurements.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { FakeGitHub } from '../__tests__/support/github-server.js'
import { FixtureRepo } from '../__tests__/support/fixture-repo.js'
import { pullRequestEvent, pushEvent, runAction } from '../__tests__/support/run-action.js'

const run = promisify(execFile)

/** What `RUN --mount=type=cache` kept (the alternative's Go build cache) is gone, as on a fresh runner. */
async function emptyCacheMounts(): Promise<void> {
  await run('docker', ['builder', 'prune', '--force', '--filter', 'type=exec.cachemount'])
}

export interface TimedRow {
  name: string
  seconds: number[]
}

/**
 * Cold: every step after FROM misses the build cache (a fresh value of an ARG the first step
 * uses) and the builder's cache mounts are emptied, as on a fresh runner, for the plain build and
 * the pull request alike. Warm: what a pull request usually is, a change to the program on a
 * Dockerfile already built, so the base image and the module download come from the build cache
 * (and the alternative's Go build cache from its cache mount) and the program is compiled again;
 * the plain build gets a change of its own, so each side compiles once per image it builds.
 */
export async function benchRecordedPullRequest(example: string, runs: number): Promise<TimedRow[]> {
  const github = new FakeGitHub()
  await github.start()
  const repo = await FixtureRepo.create()
  await cp(example, repo.dir, { recursive: true })
  const original = await readFile(join(example, 'Dockerfile'), 'utf8')
  const program = await readFile(join(example, 'main.go'), 'utf8')
  const changed = (): string => `${program}\n// change ${randomBytes(8).toString('hex')}\n`
  const busted = (value: string): string =>
    original.replace(
      /^(FROM .*)$/m,
      `$1\nARG BENCH_CACHE_BUST=${value}\nRUN echo "$BENCH_CACHE_BUST"`
    )
  let runId = 9000
  try {
    const base = await repo.commit('Base', { Dockerfile: busted('base') })
    const push = await runAction({
      inputs: { 'github-token': 'ghs_bench' },
      eventName: 'push',
      event: { ...pushEvent(), after: base },
      apiUrl: github.url,
      workspace: repo.dir,
      env: { GITHUB_SHA: base, GITHUB_RUN_ID: String(runId++) }
    })
    if (push.exitCode !== 0) throw new Error(`the push run failed:\n${push.stdout}`)

    const plainBuild = async (dockerfile: string): Promise<number> => {
      const started = performance.now()
      await new Promise<void>((resolve, reject) => {
        const child = execFile(
          'docker',
          ['buildx', 'build', '--load', '-q', '-t', 'gib-bench:plain', '-f', '-', repo.dir],
          error => (error ? reject(error) : resolve())
        )
        child.stdin!.end(dockerfile)
      })
      const seconds = (performance.now() - started) / 1000
      // Untagged by the next build, it would stay behind as a dangling image.
      await run('docker', ['image', 'rm', 'gib-bench:plain'])
      return seconds
    }
    const pullRequest = async (files: Record<string, string>): Promise<number> => {
      const head = await repo.commit(`Head ${runId}`, files)
      const started = performance.now()
      const result = await runAction({
        inputs: { 'github-token': 'ghs_bench' },
        eventName: 'pull_request',
        event: pullRequestEvent(runId, { base, head }),
        apiUrl: github.url,
        workspace: repo.dir,
        env: { GITHUB_RUN_ID: String(runId++) }
      })
      const seconds = (performance.now() - started) / 1000
      if (result.stdout.includes('Build and measure the base commit'))
        throw new Error('the pull-request run built its base commit, which was recorded')
      if (!/recorded on main at/.test(github.comments.at(-1)?.body ?? ''))
        throw new Error(`the pull-request comment does not name the recorded baseline`)
      return seconds
    }

    const rows: TimedRow[] = [
      { name: 'one plain `docker buildx build --load`, cold', seconds: [] },
      { name: 'pull-request run, base recorded, cold', seconds: [] },
      { name: 'one plain `docker buildx build --load`, warm', seconds: [] },
      { name: 'pull-request run, base recorded, warm', seconds: [] }
    ]
    for (let i = 0; i < runs; i++) {
      const cold = busted(randomBytes(8).toString('hex'))
      // Each side gets its own cold Dockerfile, so neither warms the other's cache.
      await emptyCacheMounts()
      rows[0]!.seconds.push(await plainBuild(busted(randomBytes(8).toString('hex'))))
      await emptyCacheMounts()
      rows[1]!.seconds.push(await pullRequest({ Dockerfile: cold }))
      await repo.commit('A change built by hand', { 'main.go': changed() })
      rows[2]!.seconds.push(await plainBuild(cold))
      rows[3]!.seconds.push(await pullRequest({ Dockerfile: cold, 'main.go': changed() }))
      process.stderr.write(
        `pull request ${i + 1}: ${rows.map(row => row.seconds.at(-1)!.toFixed(1)).join(' s, ')} s\n`
      )
    }
    return rows
  } finally {
    await github.stop()
    await run('docker', ['image', 'rm', 'gib-bench:plain']).catch(() => undefined)
  }
}
