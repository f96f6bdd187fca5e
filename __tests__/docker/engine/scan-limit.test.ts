import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyze } from '../../../src/engine/analyze.js'
import { parseInputs } from '../../../src/core/inputs.js'
import { silentProgress } from '../../../src/engine/progress.js'
import { expectSchemaValid } from '../../support/report-schema.js'

// A program whose own packages hold more .go files than the source scan reads: the run passes,
// but what the alternative carries was decided on part of the program, so it is not verified.

const GENERATED_FILES = 5000
let context: string

beforeAll(async () => {
  context = await mkdtemp(join(tmpdir(), 'gib-scan-limit-'))
  await mkdir(join(context, 'gen'))
  await writeFile(join(context, 'go.mod'), 'module example.com/big\n\ngo 1.22\n')
  await writeFile(
    join(context, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/big/gen"\n)\n\nfunc main() { fmt.Println("hello", gen.C0) }\n'
  )
  for (let i = 0; i < GENERATED_FILES; i++)
    await writeFile(join(context, 'gen', `c${i}.go`), `package gen\n\nconst C${i} = ${i}\n`)
  await writeFile(
    join(context, 'Dockerfile'),
    'FROM golang:1.24\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nENTRYPOINT ["/app"]\n'
  )
}, 60_000)

afterAll(() => rm(context, { recursive: true, force: true }))

describe('a program larger than the Go source scan', () => {
  it('runs the same but is reported unverified, with the limit named', async () => {
    const inputs = parseInputs(input => (input === 'context' ? context : ''))
    const report = await analyze(inputs, {
      progress: silentProgress,
      runId: `scan-limit-${process.pid}`
    })
    expectSchemaValid(report)
    if (report.kind !== 'measured') throw new Error(`did not build: ${report.failure.reason}`)
    expect(report.alternative.status).toBe('unverified')
    expect(report.alternative.summary).toBe(
      "both exited 0 with the same output (8 bytes), but the Go source scan stopped before it read all of the program's own packages, so what the alternative carries was decided on part of the program"
    )
    expect(report.alternative.warnings.map(w => w.message)).toContain(
      "the Go source scan stopped at its limit of 5,000 files: 1 .go file was not read; some of the program's own packages were among them, so the CA bundle, time zones and files the alternative carries may be incomplete"
    )
  }, 300_000)
})
