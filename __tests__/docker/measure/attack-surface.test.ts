import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { measureImage, type AttackSurface } from '../../../src/measure/index.js'
import { docker, runDocker } from '../../../src/tools/docker.js'

// The attack surface read from the layer streams, against what the images say from inside:
// `find / -xdev -perm /6000 -type f` and the package databases, run in the image when it has a
// shell, and over its exported filesystem in a golang container when it has none.

const run = promisify(execFile)
const scratch = `attack-surface-test:${randomBytes(4).toString('hex')}`
const IMAGES = ['golang:1.27', 'alpine:3.20', 'gcr.io/distroless/static-debian12', scratch]
// Files the engine puts into every container (mounted over the image's own, when it has them).
const RUNTIME_FILES = new Set([
  '/.dockerenv',
  '/dev/console',
  '/etc/hostname',
  '/etc/hosts',
  '/etc/resolv.conf'
])

// The shell commands that say from inside what the image holds; ROOT is where its files are.
const INSIDE = `
cd "$ROOT"
echo "## setuid"; find . -xdev -perm /6000 -type f | sed 's#^\\.##'
echo "## executables"; find . -xdev -type f -perm /111 | sed 's#^\\.##'
echo "## dpkg"
if [ -f var/lib/dpkg/status ]; then grep -c '^Status: .* installed$' var/lib/dpkg/status; fi
if [ -d var/lib/dpkg/status.d ]; then ls var/lib/dpkg/status.d | grep -vc '\\.md5sums$'; fi
echo "## apk"; if [ -f lib/apk/db/installed ]; then grep -c '^P:' lib/apk/db/installed; fi
echo "## shells"
for d in bin sbin usr/bin usr/sbin usr/local/bin; do
  [ -L "$d" ] && continue
  for s in sh ash bash rbash dash zsh ksh mksh csh tcsh fish busybox; do
    if [ -e "$d/$s" ] || [ -L "$d/$s" ]; then echo "/$d/$s"; fi
  done
done
`

interface Inside {
  setuid: string[]
  executables: string[]
  packages: number
  shells: string[]
}

async function inside(image: string): Promise<Inside> {
  const shell = await runDocker([
    'run',
    '--rm',
    '--network',
    'none',
    '--entrypoint',
    'sh',
    image,
    '-c',
    'true'
  ])
  let out: string
  if (shell.exitCode === 0) {
    out = await docker([
      'run',
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      'sh',
      '-e',
      'ROOT=/',
      image,
      '-c',
      INSIDE
    ])
  } else {
    // No shell: its filesystem, exported, is read in a container that has one.
    const container = (await docker(['create', image, '/none'])).trim()
    try {
      const script = `mkdir /r && tar -xpf - -C /r && ROOT=/r && ${INSIDE}`
      const { stdout } = await run(
        'bash',
        [
          '-c',
          'set -o pipefail; docker export "$1" | docker run -i --rm --network none golang:1.27 sh -c "$2"',
          'bash',
          container,
          script
        ],
        { maxBuffer: 64 << 20 }
      )
      out = stdout
    } finally {
      await runDocker(['rm', container])
    }
  }
  const sections = new Map<string, string[]>()
  let current = ''
  for (const line of out.split('\n')) {
    if (line.startsWith('## ')) sections.set((current = line.slice(3)), [])
    else if (line !== '') sections.get(current)?.push(line)
  }
  const lines = (name: string) =>
    (sections.get(name) ?? []).filter(path => !RUNTIME_FILES.has(path)).sort()
  const count = (name: string) => lines(name).reduce((sum, n) => sum + Number(n), 0)
  return {
    setuid: lines('setuid'),
    executables: lines('executables'),
    packages: count('dpkg') + count('apk'),
    shells: lines('shells')
  }
}

const read = new Map<string, { surface: AttackSurface; inside: Inside; user: string }>()

beforeAll(async () => {
  const context = await mkdtemp(join(tmpdir(), 'attack-surface-'))
  try {
    await writeFile(
      join(context, 'Dockerfile'),
      'FROM scratch\nCOPY --from=alpine:3.20 /bin/busybox /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n'
    )
    await docker(['buildx', 'build', '--quiet', '--tag', scratch, context], { timeoutMs: 120_000 })
  } finally {
    await rm(context, { recursive: true, force: true })
  }
  for (const image of IMAGES) {
    // Sizes are not what is checked here: a cache that knows every layer skips compressing them.
    const measured = await measureImage(image, {
      cache: {
        get: async () => ({ compressedSize: 1, compressedSource: 'estimate' as const }),
        set: async () => {},
        executables: async () => undefined,
        setExecutables: async () => {}
      }
    })
    const user = (await docker(['image', 'inspect', '--format', '{{.Config.User}}', image])).trim()
    read.set(image, { surface: measured.surface!, inside: await inside(image), user })
  }
}, 600_000)

afterAll(async () => {
  await runDocker(['image', 'rm', '--force', scratch])
})

describe.each(IMAGES)('the attack surface of %s', image => {
  it('lists the setuid and setgid files find lists', () => {
    const { surface, inside } = read.get(image)!
    expect(surface.setuid).toEqual(inside.setuid)
  })

  it('counts the packages the package databases list', () => {
    const { surface, inside } = read.get(image)!
    expect(surface.packages).toBe(inside.packages)
  })

  it('counts the executables find counts, and finds the same shells', () => {
    const { surface, inside } = read.get(image)!
    // find cannot see the image's own files where the engine mounts its runtime files (BuildKit
    // leaves an empty /etc/hostname and /etc/resolv.conf with mode 0755 in golang's layers).
    expect(surface.executables).toBeGreaterThanOrEqual(inside.executables.length)
    expect(surface.executables).toBeLessThanOrEqual(inside.executables.length + RUNTIME_FILES.size)
    expect(surface.shells).toEqual(inside.shells)
  })

  it('says who it runs as', () => {
    const { surface, user } = read.get(image)!
    expect(surface.user).toBe(user || 'root')
  })
})

it('tells the images apart as a reader would', () => {
  const golang = read.get('golang:1.27')!.surface
  expect(golang.packages).toBeGreaterThan(100)
  expect(golang.packageManagers).toEqual(expect.arrayContaining(['apt', 'dpkg']))
  expect(golang.setuid.length).toBeGreaterThan(5)
  expect(read.get(scratch)!.surface).toEqual({
    shells: [],
    packageManagers: [],
    packages: 0,
    setuid: [],
    executables: 1,
    user: '65532:65532'
  })
})
