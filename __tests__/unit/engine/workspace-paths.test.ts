import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { InputError, type InputName } from '../../../src/core/inputs.js'
import { requireInside } from '../../../src/engine/workspace-paths.js'

// A checkout with a Dockerfile, a folder, and symbolic links that stay in it or lead out.
let base: string
let workspace: string

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'gib-workspace-'))
  workspace = path.join(base, 'workspace')
  await mkdir(path.join(workspace, 'services/api'), { recursive: true })
  await writeFile(path.join(workspace, 'services/api/Dockerfile'), 'FROM scratch\n')
  await writeFile(path.join(base, 'secret'), 'not for the comment\n')
  await symlink(path.join(base, 'secret'), path.join(workspace, 'Dockerfile.link'))
  await symlink(base, path.join(workspace, 'up'))
  await symlink('services/api', path.join(workspace, 'api'))
})
afterAll(() => rm(base, { recursive: true, force: true }))

const inWorkspace = () => ({ root: workspace, name: 'the workspace' })

describe('requireInside', () => {
  it('accepts paths in the workspace, through links that stay in it, existing or not', async () => {
    await expect(
      requireInside(inWorkspace(), [
        { input: 'context', value: '.' },
        { input: 'file', value: 'services/api/Dockerfile' },
        { input: 'file', value: path.join(workspace, 'services/api/Dockerfile') },
        { input: 'file', value: 'api/Dockerfile' },
        { input: 'comment-bundle', value: 'bundle/not-downloaded-yet' }
      ])
    ).resolves.toBeUndefined()
  })

  it.each([
    ['file', '../../../../etc/passwd'],
    ['dockerfiles', '../other/Dockerfile'],
    ['context', '/etc'],
    ['comment-bundle', 'bundle/../../secret']
  ] as [InputName, string][])('refuses %s: %s, naming the input', async (input, value) => {
    const refusal = requireInside(inWorkspace(), [{ input, value }])
    await expect(refusal).rejects.toThrow(InputError)
    await expect(refusal).rejects.toThrow(
      `${input}: ${JSON.stringify(value)} is outside the workspace (${workspace}); give a path inside it`
    )
  })

  it.each([
    ['file', 'Dockerfile.link'],
    ['context', 'up'],
    ['file', 'up/secret']
  ] as [InputName, string][])(
    'refuses %s: %s, a symbolic link that leads out',
    async (input, value) => {
      await expect(requireInside(inWorkspace(), [{ input, value }])).rejects.toThrow(
        `${input}: ${JSON.stringify(value)} leads outside the workspace through a symbolic link`
      )
    }
  )

  it('lets the CLI user name an absolute path, but not climb out with a relative one', async () => {
    const cli = { root: workspace, name: 'the current directory', allowAbsolute: true }
    await expect(
      requireInside(cli, [{ input: 'file', value: path.join(base, 'secret') }])
    ).resolves.toBeUndefined()
    await expect(requireInside(cli, [{ input: 'file', value: '../secret' }])).rejects.toThrow(
      'file: "../secret" is outside the current directory'
    )
  })
})
