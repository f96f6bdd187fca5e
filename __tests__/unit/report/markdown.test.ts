import { describe, expect, it } from '@jest/globals'
import { helloReport } from '../../../__fixtures__/reports.js'
import { renderManyMarkdown, renderMarkdown } from '../../../src/report/markdown.js'
import { renderTerminal } from '../../../src/report/terminal.js'

describe('renderMarkdown', () => {
  it('renders the hello report', () => {
    expect(renderMarkdown(helloReport())).toMatchSnapshot()
  })

  it('escapes what comes from the Dockerfile and the containers', () => {
    const report = helloReport()
    report.alternative.status = 'differs'
    report.alternative.summary = 'stdout differs: <img src=x onerror=alert(1)> @everyone'
    report.alternative.details = ['```', '</details><script>x</script>']
    report.image.layers[2]!.instruction = 'COPY `x` | <b>bold</b> @org/team'
    const markdown = renderMarkdown(report)
    // Inside code blocks and code spans GitHub shows text as it is; everywhere else nothing may be live.
    const outsideCode = markdown
      .replace(/^(`{3,}).*\n[\s\S]*?^\1$/gm, '')
      .replace(/(`+)[^`][\s\S]*?\1/g, '')
    expect(outsideCode).not.toMatch(/<img|<script|<b>|@everyone|@org/)
    expect(markdown).toContain('````text\n```\n</details><script>x</script>\n````')
    expect(markdown).toContain('``COPY `x` ¦ <b>bold</b> @org/team``')
  })

  it('shows a failed build with its step and log tail', () => {
    const markdown = renderMarkdown({
      schemaVersion: 1,
      kind: 'build-failed',
      dockerfile: 'Dockerfile',
      context: '.',
      failure: {
        step: '[4/4] RUN go build -o app .',
        line: 4,
        reason: 'exit code: 1',
        tail: ['main.go:4:7: syntax error']
      }
    })
    expect(markdown).toContain('Failing step: `[4/4] RUN go build -o app .` (`Dockerfile` line 4)')
    expect(markdown).toContain('main.go:4:7: syntax error')
  })
})

describe('the comment limit', () => {
  it('shortens the details, never the verdict table, to stay under 65,536 characters', () => {
    const report = helloReport()
    const layer = report.image.layers[3]!
    report.image.layers = Array.from({ length: 3000 }, (_, index) => ({
      ...layer,
      index,
      size: index,
      instruction: `RUN echo ${'x'.repeat(200)} ${index}`
    }))
    const full = renderMarkdown(report, Infinity)
    const comment = renderMarkdown(report)

    expect(full.length).toBeGreaterThan(65_536)
    expect(comment.length).toBeLessThanOrEqual(65_536 - 300)
    expect(comment).toContain('| Current | 770 MB |')
    expect(comment).toContain('The 20 largest of 3000 layers.')
    expect(comment).toContain('FROM scratch')
  })
})

describe('renderTerminal', () => {
  it('renders the same facts as plain text', () => {
    expect(renderTerminal(helloReport())).toMatchSnapshot()
  })
})

describe('an alternative that did not start', () => {
  it('shows the last lines it printed in the comment, the summary and the terminal', () => {
    const report = helloReport()
    report.alternative.status = 'did-not-start'
    report.alternative.summary = 'the original keeps running but the alternative exited with code 1'
    report.alternative.details = [
      'listening on :8080',
      'unable to open database file: open /home/nonroot/app.db: no such file or directory'
    ]
    const lastLine =
      'unable to open database file: open /home/nonroot/app.db: no such file or directory'
    const comment = renderManyMarkdown([report])
    const summary = renderManyMarkdown([report], 1024 * 1024)
    for (const markdown of [comment, summary]) {
      expect(markdown).toContain(`builds but did not start: ${report.alternative.summary}`)
      expect(markdown).toContain(`\`\`\`text\nlistening on :8080\n${lastLine}\n\`\`\``)
    }
    expect(renderTerminal(report)).toContain(`  | ${lastLine}`)
  })
})

describe('a growth limit whose base commit could not be had', () => {
  const reason = 'git fetch failed: fatal: remote error: upload-pack: not our ref <0123abc>'
  function uncheckedReport() {
    const report = helloReport()
    report.budget = {
      within: true,
      checks: [],
      unchecked: [{ name: 'increase', limit: '5%', reason }]
    }
    return report
  }

  it('is shown as not checked with the reason, never as "no budget set" or "within budget"', () => {
    const comment = renderMarkdown(uncheckedReport())
    const terminal = renderTerminal(uncheckedReport())
    for (const text of [comment, terminal]) {
      expect(text).not.toMatch(/no budget set|within budget/)
      expect(text).toContain('growth ≤ 5% (not checked)')
    }
    expect(comment).toContain(
      '| ⚠️ not checked: increase (5%): git fetch failed: fatal: remote error: upload-pack: not our ref &lt;0123abc&gt; |'
    )
    expect(terminal).toContain(`not checked: increase (5%): ${reason}`)
  })

  it('is counted in the verdict of several images', () => {
    const markdown = renderManyMarkdown([uncheckedReport(), helloReport()])
    expect(markdown).toContain('1 with a limit not checked')
  })
})
