import { describe, expect, it } from '@jest/globals'
import { helloReport } from '../../../__fixtures__/reports.js'
import { renderJson } from '../../../src/report/json.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { renderTerminal } from '../../../src/report/terminal.js'

const id = `sha256:${'ab12'.repeat(16)}`

describe('an image the image input named', () => {
  const report = { ...helloReport(), givenImage: { name: 'acme/api:pr-7', id } }

  it('says in every report which image was measured and that it was not built here', () => {
    const line = 'as the image input gave it: it was not built here.'
    expect(renderMarkdown(report)).toContain(
      `Measured the image \`acme/api:pr-7\` (\`sha256:ab12ab12ab12\`) ${line}`
    )
    expect(renderTerminal(report)).toContain(
      `Measured the image acme/api:pr-7 (sha256:ab12ab12ab12) ${line}`
    )
    expect(JSON.parse(renderJson(report)).givenImage).toEqual({ name: 'acme/api:pr-7', id })
  })

  it('keeps a hostile name inert in the Markdown', () => {
    const hostile = { ...report, givenImage: { name: 'x`@team <b>|', id } }
    expect(renderMarkdown(hostile)).toContain('``x`@team <b>¦``')
    expect(renderMarkdown(helloReport())).not.toContain('not built here')
  })
})
