import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { renderHistoryBlock, renderHistoryJson } from '../../src/drift/history.js'
import { driftEntry, GOLANG_NEW } from '../unit/drift/entries.js'
import { repoRoot } from '../support/run-action.js'

// The bundled CLI as a user runs it: usage errors, and the drift report from a history file.

const cli = path.join(repoRoot, 'dist/cli/index.js')

async function runCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [cli, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  )
}

const history = [
  driftEntry(1),
  driftEntry(2),
  driftEntry(3, { size: 900_000_000, bases: [{ image: 'golang:1.24', digest: GOLANG_NEW }] })
]

describe('go-image-budget CLI', () => {
  it('exits 2 with the accepted forms for a bad size, before building anything', async () => {
    const result = await runCli('--context', 'examples/hello', '--max-size', 'fifty')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'go-image-budget: max-size must be a size like 25MB, 1.5GiB or 30000000 (bytes); got "fifty"\n'
    )
  })

  it('exits 2 for an unknown platform, naming what the builder builds, before any registry lookup', async () => {
    const result = await runCli('--context', 'examples/hello', '--platform', 'linux/potato')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^go-image-budget: platform: "linux\/potato" names an unknown architecture "potato"; the builder "[^"]+" builds linux\/amd64[^\n]* \(the form is one platform as os\/arch/
    )
    expect(result.stderr).not.toMatch(/lookup|registry/)
  })

  it('says a Dockerfile of binary data or with a line BuildKit cannot read is so, on its line, without echoing it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'go-image-budget-unreadable-'))
    await mkdir(path.join(dir, 'garbage'))
    await writeFile(
      path.join(dir, 'garbage', 'Dockerfile'),
      Buffer.from([0x46, 0x52, 0x00, 0xff, 0x13, 0x88])
    )
    await mkdir(path.join(dir, 'long'))
    await writeFile(
      path.join(dir, 'long', 'Dockerfile'),
      `FROM busybox:latest\nRUN echo ${'a'.repeat(200_000)}\nRUN false\n`
    )

    const garbage = await runCli('--context', path.join(dir, 'garbage'))
    const long = await runCli('--context', path.join(dir, 'long'))

    expect(garbage.code).toBe(1)
    expect(garbage.stdout).toContain('the Dockerfile holds binary data (byte 3 is not text)')
    expect(garbage.stdout).not.toContain('Internal')
    expect(long.code).toBe(1)
    expect(long.stdout).toContain('The image did not build (line 2):')
    expect(long.stdout).toContain('line 2 of the Dockerfile is 200,009 bytes long')
    expect(long.stdout.length + long.stderr.length).toBeLessThan(2000)
  })

  it('exits 2 for an unknown flag, with the usage', async () => {
    const result = await runCli('--max-sise', '50MB')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: go-image-budget [options]')
  })

  it('prints the drift report of a history file or of a saved drift issue body', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gib-cli-'))
    await writeFile(path.join(dir, 'history.json'), renderHistoryJson(history))
    await writeFile(path.join(dir, 'issue.md'), `# drift\n\n${renderHistoryBlock(history)}\n`)

    for (const file of ['history.json', 'issue.md']) {
      const result = await runCli('--drift-report', path.join(dir, file), '--drift-threshold', '5%')
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('golang:1.24')
      expect(result.stdout).toMatch(/900 MB/)
    }
  })

  it('says what is wrong with a history file it cannot read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gib-cli-'))
    await writeFile(path.join(dir, 'broken.json'), '{"version": 1, "entries": [')
    const result = await runCli('--drift-report', path.join(dir, 'broken.json'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^go-image-budget: --drift-report: .*broken.json holds no usable history/
    )
  })
})
