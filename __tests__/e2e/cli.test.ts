import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
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
