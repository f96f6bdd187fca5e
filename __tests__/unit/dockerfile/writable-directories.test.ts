import { describe, expect, it } from '@jest/globals'
import { parse } from 'shell-quote'
import { planAlternative } from '../../../src/dockerfile/plan.js'
import type { OriginalDirectory, OriginalFilesystem } from '../../../src/dockerfile/types.js'
import { plainGoFacts } from './go-facts-fixture.js'

const PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin',
  'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin',
  'app:x:1000:1000:Linux User,,,:/home/app:/bin/sh'
].join('\n')
const GROUP = 'root:x:0:\nnonroot:x:65532:\napp:x:1000:\n'

function directory(path: string, uid: number, mode: number, fromBase = false): OriginalDirectory {
  return { path, uid, gid: uid, mode, fromBase }
}

function filesystem(...directories: OriginalDirectory[]): OriginalFilesystem {
  return {
    directories,
    files: [
      { path: '/etc/passwd', text: PASSWD },
      { path: '/etc/group', text: GROUP }
    ]
  }
}

function plan(runtime: string[], facts?: OriginalFilesystem, from = 'alpine:3.20') {
  const result = planAlternative({
    dockerfile: [
      'FROM golang:1.24 AS build',
      'RUN go build -o /out/app .',
      `FROM ${from}`,
      'COPY --from=build /out/app /app',
      ...runtime,
      'ENTRYPOINT ["/app"]'
    ].join('\n'),
    buildArgs: {},
    go: plainGoFacts,
    filesystem: facts
  })
  if (result.kind !== 'generated') throw new Error(JSON.stringify(result))
  const rootfs = result.dockerfile.slice(result.dockerfile.indexOf('RUN mkdir -p /rootfs'))
  return {
    ...result,
    directoryChanges: result.changes.map(c => c.summary).filter(s => / created \(owner /.test(s)),
    rootfsRun: rootfs.split('\n\nFROM')[0]!.replace(/ \\\n/g, ' ')
  }
}

describe('the directories the alternative keeps, read from the original filesystem', () => {
  it("keeps the runtime user's home from /etc/passwd, with its owner and mode, and names it in passwd", () => {
    const result = plan(
      [],
      filesystem(
        directory('/home', 0, 0o755, true),
        directory('/home/nonroot', 65532, 0o700, true)
      ),
      'gcr.io/distroless/static-debian12:nonroot'
    )
    expect(result.directoryChanges).toEqual([
      "/home/nonroot created (owner 65532:65532, mode 0700): the runtime user's home in the original's /etc/passwd; owned by the runtime user in the original"
    ])
    expect(result.rootfsRun).toContain('chown 65532:65532 /rootfs/home/nonroot')
    expect(result.rootfsRun).toContain('chmod 0700 /rootfs/home/nonroot')
    expect(result.rootfsRun).toContain(
      'echo nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin > /rootfs/etc/passwd'
    )
    expect(result.warnings).toEqual([])
  })

  it('resolves a named user from /etc/passwd, keeping what it owns and its group', () => {
    const result = plan(
      ['USER app'],
      filesystem(
        directory('/home/app', 1000, 0o755),
        directory('/data', 1000, 0o750),
        { path: '/shared', uid: 0, gid: 1000, mode: 0o775, fromBase: false },
        directory('/srv', 0, 0o755)
      )
    )
    expect(result.changes.map(c => c.summary)).toContain(
      'runs as 1000:1000, the uid of "app" in the original\'s /etc/passwd'
    )
    expect(result.directoryChanges).toEqual([
      '/data created (owner 1000:1000, mode 0750): owned by the runtime user in the original',
      "/home/app created (owner 1000:1000, mode 0755): the runtime user's home in the original's /etc/passwd; owned by the runtime user in the original",
      "/shared created (owner 0:1000, mode 0775): owned by the runtime user's group in the original"
    ])
    expect(result.warnings).toEqual([])
  })

  it('keeps what the image itself made world-writable, not what its base image did', () => {
    const result = plan(
      [],
      filesystem(
        directory('/tmp', 0, 0o1777, true),
        directory('/var/tmp', 0, 0o1777, true),
        directory('/cache', 0, 0o777)
      )
    )
    expect(result.directoryChanges).toEqual([
      '/cache created (owner 0:0, mode 0777): world-writable in the original, made so by its own layers'
    ])
  })

  it('keeps every VOLUME the original has, HOME, and /tmp when the program uses temp files', () => {
    const result = plan(
      ['ENV HOME=/var/lib/home', 'VOLUME ["/var/lib/app", "/not/there"]'],
      filesystem(
        directory('/tmp', 0, 0o1777, true),
        directory('/var/lib/app', 0, 0o700),
        directory('/var/lib/home', 0, 0o755)
      ),
      'alpine:3.20'
    )
    expect(result.directoryChanges).toEqual([
      '/var/lib/app created (owner 0:0, mode 0700): a VOLUME of the original (line 6)',
      '/var/lib/home created (owner 0:0, mode 0755): HOME=/var/lib/home in the original'
    ])
    const withTemp = planAlternative({
      dockerfile:
        'FROM golang:1.24 AS b\nRUN go build -o /o/a .\nFROM alpine\nCOPY --from=b /o/a /a\nCMD ["/a"]',
      buildArgs: {},
      go: { ...plainGoFacts, usesTempDir: true },
      filesystem: filesystem(directory('/tmp', 0, 0o1777, true))
    })
    expect(withTemp.kind === 'generated' && withTemp.changes.map(c => c.summary)).toContain(
      '/tmp created (owner 0:0, mode 1777): the program uses temporary files (os.CreateTemp, os.MkdirTemp or os.TempDir)'
    )
  })

  it('keeps nothing for a program whose user owns nothing and has no home', () => {
    const result = plan(['USER nobody'], filesystem(directory('/tmp', 0, 0o1777, true)))
    expect(result.directoryChanges).toEqual([])
    expect(result.rootfsRun).not.toMatch(/chown|chmod/)
  })

  it('leaves what the final stage copies in to its own COPY', () => {
    const result = plan(
      ['COPY --from=build --chown=1000 /src/static /srv/www', 'USER app'],
      filesystem(directory('/srv/www', 1000, 0o755), directory('/srv/www/static', 1000, 0o755))
    )
    expect(result.directoryChanges).toEqual([])
  })

  it('quotes every path for the shell, so a name lands as written and runs nothing', () => {
    const result = plan(
      ['USER app'],
      filesystem(
        directory('/var/lib/my app', 1000, 0o755),
        directory('/tmp/$(touch /PWNED)', 1000, 0o700)
      )
    )
    const mkdir = result.rootfsRun.split(' && ')[0]!
    expect(parse(mkdir.replace(/^RUN /, ''))).toEqual([
      'mkdir',
      '-p',
      '/rootfs/etc',
      '/rootfs/tmp/$(touch /PWNED)',
      '/rootfs/var/lib/my app'
    ])
    expect(result.rootfsRun).toContain(
      "chown 1000:1000 '/rootfs/tmp/$(touch /PWNED)' '/rootfs/var/lib/my app'"
    )
    expect(result.rootfsRun).toContain("chmod 0700 '/rootfs/tmp/$(touch /PWNED)'")
  })

  it('makes at most 50 by hand, the ones something names first, and says what it left out', () => {
    const tree = Array.from({ length: 60 }, (_, i) =>
      directory(`/app/d${String(i).padStart(2, '0')}`, 1000, 0o755)
    )
    const result = plan(['USER app'], filesystem(...tree, directory('/home/app', 1000, 0o755)))
    expect(result.directoryChanges).toHaveLength(50)
    expect(result.directoryChanges).toContainEqual(expect.stringMatching(/^\/home\/app created/))
    expect(result.warnings.map(w => w.message)).toEqual([
      '11 more directories the program may write to are not made in the alternative (/app/d49, /app/d50, /app/d51, …): copy them in with COPY --chown'
    ])
  })

  it('leaves out a path that would break the RUN line, and says so', () => {
    const result = plan(['USER app'], filesystem(directory('/data\nRUN touch /x', 1000, 0o755)))
    expect(result.dockerfile).not.toContain('touch /x')
    expect(result.warnings).toEqual([
      {
        line: 3,
        message:
          'not made in the alternative: "/data\\nRUN touch /x" has a control character in its name; create it yourself'
      }
    ])
  })
})

describe('without the original filesystem', () => {
  it("makes what today's rules make, and says the filesystem was not read", () => {
    const result = plan(['RUN mkdir -p /data'])
    expect(result.directoryChanges).toEqual([
      '/data created (owner 0:0, mode 0755): the original made it with mkdir (line 5)'
    ])
    expect(result.warnings.map(w => w.message)).toContainEqual(
      expect.stringContaining("the original's filesystem was not read")
    )
  })

  it('gives distroless nonroot its home by the distroless convention', () => {
    const result = plan([], undefined, 'gcr.io/distroless/static-debian12:nonroot')
    expect(result.directoryChanges).toEqual([
      "/home/nonroot created (owner 65532:65532, mode 0700): the runtime user's home by the distroless convention"
    ])
  })
})
