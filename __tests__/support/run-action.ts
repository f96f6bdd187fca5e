import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

// Runs the bundled action exactly as the Actions runner does: `node dist/index.js` with INPUT_*
// variables, an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionRunOptions {
  inputs: Record<string, string>
  eventName: string
  event: object
  apiUrl: string
  env?: Record<string, string>
  /** The checked-out repository (GITHUB_WORKSPACE); this repository by default. */
  workspace?: string
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gib-e2e-'))
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md')
  }
  await writeFile(files.event, JSON.stringify(options.event))
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: process.env.DOCKER_HOST,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: options.eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_WORKFLOW: 'image budget',
    GITHUB_JOB: 'budget',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTION: 'go-image-budget',
    GITHUB_WORKSPACE: options.workspace ?? repoRoot,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...options.env
  }
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number
    stdout: string
    stderr: string
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/index.js')], {
      cwd: options.workspace ?? repoRoot,
      env
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ exitCode: code ?? 1, stdout, stderr }))
  })
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8')
  }
}

/** Reads the `name<<DELIMITER … DELIMITER` records that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name as string] = value.join('\n')
  }
  return outputs
}

/** A pull_request event payload with the fields the action reads, shaped like GitHub's. */
export function pullRequestEvent(
  number: number,
  shas: { base?: string; head?: string } = {}
): object {
  const base = shas.base ?? 'b'.repeat(40)
  const head = shas.head ?? 'a'.repeat(40)
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Shrink the image',
      head: { ref: 'feature/shrink', sha: head, repo: { full_name: 'acme/app' } },
      base: { ref: 'main', sha: base, repo: { full_name: 'acme/app' } },
      user: { login: 'octocat' }
    },
    repository: {
      name: 'app',
      full_name: 'acme/app',
      owner: { login: 'acme' },
      default_branch: 'main'
    },
    sender: { login: 'octocat' }
  }
}

export function scheduleEvent(): object {
  return {
    schedule: '17 6 * * *',
    repository: {
      name: 'app',
      full_name: 'acme/app',
      owner: { login: 'acme' },
      default_branch: 'main'
    }
  }
}

export function pushEvent(): object {
  return {
    ref: 'refs/heads/main',
    after: 'a'.repeat(40),
    repository: {
      name: 'app',
      full_name: 'acme/app',
      owner: { login: 'acme' },
      default_branch: 'main'
    },
    sender: { login: 'octocat' }
  }
}
