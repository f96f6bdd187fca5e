import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scanGoSources } from '../../../src/go-source/scan.js'
import { FIXTURES_DIR } from '../../fixtures/index.js'

describe('scanGoSources', () => {
  it('leaves out what .dockerignore excludes', async () => {
    const facts = await scanGoSources(join(FIXTURES_DIR, 'dockerignore'))
    expect(facts.imports).toEqual(['fmt'])
    expect(facts.modulePath).toBe('example.com/x')
  })

  it('reports opened paths that exist in the context as run-time files', async () => {
    const facts = await scanGoSources(join(FIXTURES_DIR, 'single-stage-templates'))
    expect(facts.openedPaths).toEqual(['templates/index.html'])
    expect(facts.runtimeFiles).toEqual(['templates'])
  })

  it('finds import "C" in a cgo program', async () => {
    const facts = await scanGoSources(join(FIXTURES_DIR, 'cgo-static'))
    expect(facts.usesCgo).toBe(true)
    expect(facts.imports).toContain('C')
  })
})

describe('scanGoSources past its file limit', () => {
  let dir: string
  beforeAll(async () => {
    // 10,000 generated files that sort before main.go: a scan of the first N files never reads it.
    dir = await mkdtemp(join(tmpdir(), 'go-image-budget-scan-'))
    await writeFile(join(dir, 'go.mod'), 'module example.com/big\n\ngo 1.24\n')
    await mkdir(join(dir, 'aaa_gen'))
    await Promise.all(
      Array.from({ length: 10_000 }, (_, i) =>
        writeFile(
          join(dir, 'aaa_gen', `gen_${String(i).padStart(5, '0')}.go`),
          `package gen\n\nconst V${i} = ${i}\n`
        )
      )
    )
    await mkdir(join(dir, 'internal', 'zone'), { recursive: true })
    await writeFile(
      join(dir, 'internal', 'zone', 'zone.go'),
      'package zone\n\nimport "time"\n\nfunc Berlin() (*time.Location, error) { return time.LoadLocation("Europe/Berlin") }\n'
    )
    await writeFile(
      join(dir, 'main.go'),
      '// Command big.\npackage main\n\nimport (\n\t"net/http"\n\n\t"example.com/big/internal/zone"\n)\n\nfunc main() { zone.Berlin(); http.Get("https://example.com") }\n'
    )
  }, 60_000)
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('reads the main package and what it imports from the module first, and says what it left', async () => {
    const facts = await scanGoSources(dir)
    expect(facts.imports).toContain('net/http')
    expect(facts.loadsLocations).toBe(true)
    expect(facts.unread).toEqual({
      files: 5002,
      limit: 5000,
      listingStopped: false,
      program: false
    })
  })

  it('starts from the go-package input when it is given', async () => {
    const facts = await scanGoSources(dir, './internal/zone')
    expect(facts.loadsLocations).toBe(true)
    expect(facts.unread?.files).toBeGreaterThan(0)
  }, 60_000)
})
