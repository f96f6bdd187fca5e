import type { FailedBuildReport, MeasuredReport } from '../src/report/model.js'

/** A report shaped like the one examples/hello produces with max-size: 50MB, for rendering tests. */
export function helloReport(): MeasuredReport {
  return {
    schemaVersion: 1,
    kind: 'measured',
    dockerfile: 'examples/hello/Dockerfile',
    context: 'examples/hello',
    image: {
      id: 'sha256:612cf616',
      size: 770_423_692,
      compressedSize: 281_000_000,
      layers: [
        {
          index: 0,
          diffId: 'sha256:a',
          size: 740_000_000,
          compressedSize: 270_000_000,
          files: 20_000,
          instruction: 'RUN /bin/sh -c set -eux; apt-get install …'
        },
        {
          index: 1,
          diffId: 'sha256:b',
          size: 4_096,
          compressedSize: 120,
          files: 0,
          instruction: 'WORKDIR /app'
        },
        {
          index: 2,
          diffId: 'sha256:c',
          size: 10_240,
          compressedSize: 1_024,
          files: 3,
          instruction: 'COPY . . # buildkit'
        },
        {
          index: 3,
          diffId: 'sha256:d',
          size: 30_409_356,
          compressedSize: 10_998_856,
          files: 1,
          instruction: 'RUN /bin/sh -c go build -o hello . # buildkit'
        }
      ],
      base: { image: 'golang:1.24', layers: 1, size: 740_000_000, compressedSize: 270_000_000 },
      largestFiles: [{ path: 'usr/local/go/pkg/tool/linux_amd64/compile', bytes: 25_000_000 }],
      wasted: { bytes: 0, paths: [] }
    },
    bases: [{ image: 'golang:1.24', digest: 'sha256:0123456789abcdef' }],
    budget: {
      within: false,
      checks: [
        {
          name: 'size',
          severity: 'fail',
          actual: 770_423_692,
          limit: 50_000_000,
          within: false,
          detail: '770 MB of 50 MB'
        }
      ],
      unchecked: []
    },
    alternative: {
      status: 'verified',
      summary: 'both exited 0 with the same output (12 bytes)',
      dockerfile:
        'FROM golang:1.24 AS build\nWORKDIR /app\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/hello .\n\nFROM scratch\nCOPY --from=build /out/hello /hello\nUSER 65532:65532\nCMD ["/hello"]\n',
      changes: [
        'static binary: CGO_ENABLED=0',
        'stripped: -ldflags="-s -w"',
        'runs as 65532: the original ran as root'
      ],
      blockers: [],
      warnings: [],
      image: {
        id: 'sha256:9f',
        size: 1_532_416,
        compressedSize: 801_234,
        layers: [
          {
            index: 0,
            diffId: 'sha256:e',
            size: 1_532_416,
            compressedSize: 801_234,
            files: 1,
            instruction: 'COPY /out/hello /hello # buildkit'
          }
        ],
        largestFiles: [{ path: 'hello', bytes: 1_525_000 }],
        wasted: { bytes: 0, paths: [] }
      },
      budget: {
        within: true,
        checks: [
          {
            name: 'size',
            severity: 'fail',
            actual: 1_532_416,
            limit: 50_000_000,
            within: true,
            detail: '1.53 MB of 50 MB'
          }
        ],
        unchecked: []
      },
      savings: { bytes: 768_891_276, percent: 99.8 }
    }
  }
}

const maxSize = 50_000_000

/** One service of a monorepo run, `size` bytes against max-size: 50MB. */
export function service(name: string, size = 4_404_224): MeasuredReport {
  const report = helloReport()
  report.dockerfile = `services/${name}/Dockerfile`
  report.context = `services/${name}`
  report.image.size = size
  report.budget = {
    within: size <= maxSize,
    checks: [
      {
        name: 'size',
        severity: 'fail',
        actual: size,
        limit: maxSize,
        within: size <= maxSize,
        detail: `${Math.round(size / 1e6)} MB of 50 MB`
      }
    ],
    unchecked: []
  }
  return report
}

/** A service whose image did not build. */
export function broken(name: string): FailedBuildReport {
  return {
    schemaVersion: 1,
    kind: 'build-failed',
    dockerfile: `services/${name}/Dockerfile`,
    context: `services/${name}`,
    failure: {
      step: '[2/2] COPY missing.txt /',
      line: 2,
      reason: 'failed to compute cache key',
      tail: ['"/missing.txt": not found']
    }
  }
}

type JsonObject = Record<string | number, unknown>

/** helloReport() as JSON with the field at `at` replaced by `value`, as a hostile fork would write it. */
export function spoiledReport(at: (string | number)[], value: unknown): JsonObject {
  const report = JSON.parse(JSON.stringify(helloReport())) as JsonObject
  let parent = report
  for (const key of at.slice(0, -1)) parent = parent[key] as JsonObject
  parent[at.at(-1)!] = value
  return report
}

/** The hello report with what was read inside both images: the Go binaries and the attack surface. */
export function insideReport(): MeasuredReport {
  const report = helloReport()
  const binary = (path: string, layer: number, stripped: boolean) => ({
    path,
    layer,
    bytes: stripped ? 1_525_000 : 2_290_000,
    goVersion: 'go1.24.4',
    mainModule: 'example.com/hello',
    mainPackage: 'example.com/hello',
    settings: {
      ...(stripped ? { '-ldflags': '-s -w', '-trimpath': 'true' } : {}),
      CGO_ENABLED: '0',
      GOOS: 'linux',
      GOARCH: 'amd64'
    },
    static: true,
    libraries: [],
    stripped,
    strippable: stripped ? 0 : 765_000,
    modules: [
      { path: 'std', version: 'go1.24.4', bytes: 610_000 },
      { path: 'example.com/hello', version: '(devel)', bytes: 1_200 }
    ],
    packages: [
      { path: 'runtime', bytes: 330_000 },
      { path: 'fmt', bytes: 60_000 },
      { path: 'main', bytes: 1_200 }
    ],
    sections: [
      { name: '.gopclntab', bytes: 520_000 },
      { name: '.rodata', bytes: 230_000 },
      ...(stripped
        ? []
        : [
            { name: '.debug_info', bytes: 400_000 },
            { name: '.symtab', bytes: 200_000 },
            { name: '.strtab', bytes: 165_000 }
          ]),
      { name: '.noptrdata', bytes: 110_000 },
      { name: '.text', bytes: 20_000 },
      { name: 'padding', bytes: 33_800 }
    ],
    packed: null,
    uses: [],
    unread: []
  })
  report.image.binaries = [binary('/go/hello', 3, false)]
  report.image.surface = {
    shells: ['/usr/bin/bash', '/usr/bin/dash', '/usr/bin/rbash', '/usr/bin/sh'],
    packageManagers: ['apt', 'dpkg'],
    packages: 167,
    setuid: ['/usr/bin/chfn', '/usr/bin/chsh', '/usr/bin/mount', '/usr/bin/passwd', '/usr/bin/su'],
    executables: 703,
    user: 'root'
  }
  report.alternative.image!.binaries = [binary('/hello', 0, true)]
  report.alternative.image!.surface = {
    shells: [],
    packageManagers: [],
    packages: 0,
    setuid: [],
    executables: 1,
    user: '65532:65532'
  }
  return report
}
