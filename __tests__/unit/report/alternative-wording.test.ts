import { describe, expect, it } from '@jest/globals'
import { helloReport } from '../../../__fixtures__/reports.js'
import { planAlternative } from '../../../src/dockerfile/plan.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { renderTerminal } from '../../../src/report/terminal.js'
import { plainGoFacts } from '../dockerfile/go-facts-fixture.js'

// The reports write `<status label>: <summary>`; a summary that starts with its label again reads
// "no Go build found: no Go build found: …".

const noGoBuild: [string, string[]][] = [
  ['no go build at all', ['FROM alpine:3.20', 'COPY app /app', 'CMD ["/app"]']],
  [
    'a build the Makefile hides',
    ['FROM golang:1.24', 'WORKDIR /src', 'COPY . .', 'RUN make build', 'CMD ["/src/app"]']
  ]
]

describe('why no alternative was generated', () => {
  it.each(noGoBuild)('says "no Go build found" once for %s', (_name, lines) => {
    const plan = planAlternative({
      dockerfile: lines.join('\n'),
      buildArgs: {},
      go: plainGoFacts
    })
    if (plan.kind !== 'not-applicable') throw new Error(`expected not-applicable: ${plan.kind}`)
    const report = helloReport()
    report.alternative = {
      status: 'not-applicable',
      summary: plan.reason,
      changes: [],
      blockers: [],
      warnings: []
    }
    for (const text of [renderMarkdown(report), renderTerminal(report)]) {
      expect(text).toContain('no Go build found: ')
      expect(text.match(/no go build/gi)?.length).toBe(1)
    }
  })
})
