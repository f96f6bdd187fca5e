import { describe, expect, it } from '@jest/globals'
import { insideReport } from '../../../__fixtures__/reports.js'
import { outputsOfAll } from '../../../src/action/outputs.js'
import { binaryParts, largestBinary, programBinaries } from '../../../src/report/inside.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { whatIsInside } from '../../../src/report/markdown-inside.js'
import { renderTerminal } from '../../../src/report/terminal.js'

describe('what is inside', () => {
  it('renders the binary by module and section, and the surface beside the alternative', () => {
    const report = insideReport()
    expect(whatIsInside(report.image, report.alternative.image)).toMatchSnapshot()
  })

  it('says the same in the terminal', () => {
    const text = renderTerminal(insideReport())
    expect(text.slice(text.indexOf('what is inside'))).toMatchSnapshot()
  })

  it('is collapsed inside the comment, and the rows add up to the file size', () => {
    const report = insideReport()
    expect(renderMarkdown(report)).toContain('<details><summary>What is inside</summary>')
    const binary = largestBinary(report.image)!
    expect(binaryParts(binary).reduce((sum, part) => sum + part.bytes, 0)).toBe(binary.bytes)
  })

  it('escapes paths and build settings that come from the image', () => {
    const report = insideReport()
    const binary = report.image.binaries![0]!
    binary.path = '/app/<img src=x>|@team'
    binary.settings['-ldflags'] = '-X main.v=<script>@everyone'
    report.image.surface!.setuid = ['/usr/bin/`x`|<b>']
    const markdown = whatIsInside(report.image, report.alternative.image)
    const outsideCode = markdown.replace(/(`+)[^`][\s\S]*?\1/g, '')
    expect(outsideCode).not.toMatch(/<img|<script|<b>|@everyone|@team/)
  })

  it('leaves out the base image toolchain when the own layers ship a binary', () => {
    const report = insideReport()
    const own = report.image.binaries![0]!
    report.image.binaries = [
      { ...own, path: '/usr/local/go/bin/go', layer: 0, bytes: 14_000_000 },
      own
    ]
    expect(programBinaries(report.image).map(b => b.path)).toEqual(['/go/hello'])
  })

  it('gives the largest binary and what stripping it saves as outputs', () => {
    const outputs = outputsOfAll([insideReport()], '/tmp/report.json', undefined)
    expect(outputs['binary-size']).toBe('2290000')
    expect(outputs['strippable-bytes']).toBe('765000')
  })
})
