import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A git command that failed, with what git said about it. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string
  ) {
    super(`git ${args[0]} failed: ${gitSaid(stderr)}`)
    this.name = 'GitError'
  }
}

/**
 * The line of git's stderr that says what went wrong: its first `fatal:` or `error:` line (the
 * advice git prints after it, such as "and the repository exists.", says nothing on its own), cut
 * to a length a report can show.
 */
export function gitSaid(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  const said = lines.find(line => /^(fatal|error):/.test(line)) ?? lines.at(-1) ?? 'no message'
  return said.length > 300 ? `${said.slice(0, 299)}…` : said
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 })
    return stdout.trim()
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: string }
    if (failed.code === 'ENOENT') throw new GitError(args, 'git is not installed on PATH')
    if (typeof failed.stderr === 'string') throw new GitError(args, failed.stderr)
    throw error
  }
}

export async function repositoryRoot(dir: string): Promise<string> {
  return git(dir, 'rev-parse', '--show-toplevel')
}

/** The commit checked out in `dir`. */
export async function headCommit(dir: string): Promise<string> {
  return git(dir, 'rev-parse', 'HEAD')
}

/** Makes sure `sha` is present, fetching just that commit when the checkout is shallow. */
export async function ensureCommit(repo: string, sha: string): Promise<void> {
  const present = await git(repo, 'cat-file', '-e', `${sha}^{commit}`).then(
    () => true,
    () => false
  )
  if (!present) await git(repo, 'fetch', '--no-tags', '--depth=1', 'origin', sha)
}

/** Checks `sha` out beside the working tree, detached; remove it with the function returned. */
export async function addWorktree(
  repo: string,
  sha: string
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(tmpdir(), 'go-image-budget-base-'))
  const dir = path.join(parent, 'tree')
  await git(repo, 'worktree', 'add', '--detach', dir, sha)
  return {
    dir,
    remove: async () => {
      await git(repo, 'worktree', 'remove', '--force', dir).catch(() => undefined)
      await rm(parent, { recursive: true, force: true })
      await git(repo, 'worktree', 'prune').catch(() => undefined)
    }
  }
}
