import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A throwaway git repository whose commits tests write file by file. */
export class FixtureRepo {
  private constructor(readonly dir: string) {}

  static async create(): Promise<FixtureRepo> {
    const repo = new FixtureRepo(await mkdtemp(path.join(tmpdir(), 'gib-repo-')))
    await repo.git('init', '-q', '-b', 'main')
    return repo
  }

  async git(...args: string[]): Promise<string> {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid'
    }
    return (await run('git', args, { cwd: this.dir, env })).stdout.trim()
  }

  /** Writes the files and commits them; returns the commit's SHA. */
  async commit(message: string, files: Record<string, string | Buffer>): Promise<string> {
    for (const [name, content] of Object.entries(files))
      await writeFile(path.join(this.dir, name), content)
    await this.git('add', '-A')
    await this.git('commit', '-q', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }
}
