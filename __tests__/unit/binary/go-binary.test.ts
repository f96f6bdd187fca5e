import { describe, expect, it } from '@jest/globals'
import { chunkedSource, readGoBinary } from '../../../src/binary/index.js'
import { codeByPackage, packageOf } from '../../../src/binary/packages.js'
import { buildElf, buildInfoSection, concat, functionTableSection } from './elf-builder.js'

const MODINFO = [
  'path\texample.com/app/cmd/server',
  'mod\texample.com/app\t(devel)\t',
  'dep\tgolang.org/x/text\tv0.14.0\th1:abc=',
  '=>\t./third_party/text\t(devel)',
  'build\t-ldflags="-s -w -X main.version=1.2"',
  'build\tCGO_ENABLED=0',
  'build\tGOOS=linux',
  ''
].join('\n')

const FUNCTIONS = [
  'runtime.main',
  'crypto/x509.loadSystemRoots',
  'time.LoadLocation',
  'gopkg.in/yaml%2ev3.Unmarshal',
  'main.main'
]

function inChunks(bytes: Uint8Array, size = 7) {
  const chunks: Uint8Array[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  return chunkedSource(chunks)
}

const goSections = [
  { name: '.go.buildinfo', bytes: buildInfoSection('go1.22.4', MODINFO) },
  { name: '.gopclntab', bytes: functionTableSection(FUNCTIONS) }
]

describe('readGoBinary', () => {
  it('reads the build info, the linkage and the run-time uses of a static Go binary', () => {
    const reading = readGoBinary(inChunks(buildElf({ sections: goSections })))
    expect(reading).toEqual({
      kind: 'go',
      binary: expect.objectContaining({
        goVersion: 'go1.22.4',
        mainModule: 'example.com/app',
        mainPackage: 'example.com/app/cmd/server',
        settings: { '-ldflags': '-s -w -X main.version=1.2', CGO_ENABLED: '0', GOOS: 'linux' },
        static: true,
        libraries: [],
        stripped: true,
        strippable: 0,
        uses: ['system-roots', 'load-location'],
        unread: []
      })
    })
  })

  it('tells a dynamically linked, unstripped binary by PT_INTERP, DT_NEEDED and .symtab', () => {
    const dynstr = new TextEncoder().encode('\0libc.so.6\0libpthread.so.0\0')
    const dynamic = new Uint8Array(16 * 3)
    const view = new DataView(dynamic.buffer)
    view.setBigUint64(0, 1n, true) // DT_NEEDED
    view.setBigUint64(8, 1n, true)
    view.setBigUint64(16, 1n, true)
    view.setBigUint64(24, 11n, true)
    const elf = buildElf({
      interpreter: '/lib64/ld-linux-x86-64.so.2',
      sections: [
        ...goSections,
        { name: '.dynstr', bytes: dynstr, type: 3 },
        { name: '.dynamic', bytes: dynamic, type: 6, link: 3 },
        { name: '.symtab', bytes: new Uint8Array(100), type: 2 },
        { name: '.debug_info', bytes: new Uint8Array(50) }
      ]
    })
    const reading = readGoBinary(inChunks(elf, 4096))
    expect(reading.kind === 'go' && reading.binary).toMatchObject({
      static: false,
      interpreter: '/lib64/ld-linux-x86-64.so.2',
      libraries: ['libc.so.6', 'libpthread.so.0'],
      stripped: false,
      strippable: 150
    })
  })

  it('says an ELF file without Go build info is not Go', () => {
    expect(readGoBinary(inChunks(buildElf({ sections: [] })))).toEqual({ kind: 'not-go' })
  })

  it('reports a cut-short file as unreadable instead of throwing', () => {
    const elf = buildElf({ sections: goSections })
    const reading = readGoBinary(chunkedSource([elf.subarray(0, elf.length - 100)]))
    expect(reading).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('past the end of the file')
    })
  })

  it('keeps the build info when the function table is of an unknown version', () => {
    const elf = buildElf({
      sections: [
        goSections[0]!,
        { name: '.gopclntab', bytes: functionTableSection(FUNCTIONS, 64, 0xfffffff5) }
      ]
    })
    const reading = readGoBinary(inChunks(elf))
    expect(reading.kind === 'go' && reading.binary).toMatchObject({
      goVersion: 'go1.22.4',
      uses: undefined,
      unread: [expect.stringMatching(/^the function table: .*magic 0xfffffff5/)]
    })
  })

  it('reads the pre-1.18 build info through its pointers', () => {
    // A header with flags 0 and pointers that lead nowhere: unreadable, with the reason.
    const header = concat(buildInfoSection('go1.17', '').subarray(0, 32))
    header[15] = 0
    const reading = readGoBinary(
      inChunks(buildElf({ sections: [{ name: '.go.buildinfo', bytes: header }] }))
    )
    expect(reading).toEqual({
      kind: 'unreadable',
      reason: 'its Go build info points outside the file'
    })
  })
})

describe('packageOf', () => {
  it.each([
    ['net/http.(*Server).Serve', 'net/http'],
    ['gopkg.in/yaml%2ev3.Unmarshal', 'gopkg.in/yaml.v3'],
    ['slices.Sort[go.shape.[]github.com/a/b.T]', 'slices'],
    ['github.com/a/b.F.func1', 'github.com/a/b'],
    ['type:.eq.main.T', undefined],
    ['go:buildid', undefined]
  ])('%s is in %s', (name, expected) => {
    expect(packageOf(name)).toBe(expected)
  })

  it('sums code bytes by package, largest first', () => {
    expect(
      codeByPackage([
        { name: 'a.F', size: 10 },
        { name: 'b.G', size: 30 },
        { name: 'a.H', size: 25 }
      ])
    ).toEqual([
      { path: 'a', bytes: 35 },
      { path: 'b', bytes: 30 }
    ])
  })
})

describe('what the bytes of a Go binary are', () => {
  it('sums code by package and module, and the rest by section, to the file size exactly', () => {
    const elf = buildElf({
      sections: [...goSections, { name: '.text', bytes: new Uint8Array(FUNCTIONS.length * 64 + 7) }]
    })
    const reading = readGoBinary(inChunks(elf))
    if (reading.kind !== 'go') throw new Error(`read as ${reading.kind}`)
    const { binary } = reading
    expect(binary.packages).toEqual([
      { path: 'crypto/x509', bytes: 64 },
      { path: 'gopkg.in/yaml.v3', bytes: 64 },
      { path: 'main', bytes: 64 },
      { path: 'runtime', bytes: 64 },
      { path: 'time', bytes: 64 }
    ])
    expect(binary.modules).toEqual([
      { path: 'std', version: 'go1.22.4', bytes: 192 },
      { path: '(unknown module)', version: '', bytes: 64 },
      { path: 'example.com/app', version: '(devel)', bytes: 64 }
    ])
    expect(binary.sections).toContainEqual({ name: '.text', bytes: 7 })
    const parts = [...binary.modules, ...binary.sections].reduce((sum, p) => sum + p.bytes, 0)
    expect(parts).toBe(elf.length)
    expect(binary.packed).toBeNull()
  })

  it('recognises a UPX-packed executable, whose build info it cannot read', () => {
    const elf = buildElf({ sections: [] })
    const packed = concat(
      elf.subarray(0, 64),
      Uint8Array.from([0, 0, 0, 0, 0x55, 0x50, 0x58, 0x21]),
      elf.subarray(72)
    )
    expect(readGoBinary(inChunks(packed))).toEqual({
      kind: 'go',
      binary: expect.objectContaining({
        packed: 'upx',
        modules: [],
        unread: [expect.stringContaining('packed with UPX')]
      })
    })
  })
})
