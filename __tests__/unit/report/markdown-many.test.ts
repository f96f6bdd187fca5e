import { describe, expect, it } from '@jest/globals'
import { broken, helloReport, service } from '../../../__fixtures__/reports.js'
import { COMMENT_LIMIT, renderManyMarkdown, renderMarkdown } from '../../../src/report/markdown.js'
import type { MeasuredReport, Report } from '../../../src/report/model.js'

/** An image with `count` layers whose instructions fill the table's 80-character cells. */
function deep(name: string, count: number): MeasuredReport {
  const report = service(name)
  const layer = report.image.layers[3]!
  report.image.layers = Array.from({ length: count }, (_, index) => ({
    ...layer,
    index,
    size: 1000 + index,
    instruction: `COPY layer.txt /srv/${name}/layers/${'x'.repeat(60)}-${index} # buildkit`
  }))
  return report
}

/** The rows of the verdict table, the one table whose first column is the Dockerfile. */
function verdictRows(markdown: string): string[] {
  return markdown.split('\n').filter(line => /^\| `services\/[^`]+\/Dockerfile` \|/.test(line))
}

describe('renderManyMarkdown', () => {
  it('renders one image exactly as renderMarkdown does', () => {
    expect(renderManyMarkdown([helloReport()])).toBe(renderMarkdown(helloReport()))
  })

  it('has a verdict row per image and each image in its own collapsed details', () => {
    const markdown = renderManyMarkdown([
      service('api'),
      service('web', 770_000_000),
      broken('worker')
    ])

    expect(markdown).toMatch(/^### go-image-budget: 3 images\n/)
    expect(markdown).toContain(
      '| Dockerfile | Size | Compressed | Layers | Budget | Verdict | Scratch alternative |'
    )
    expect(verdictRows(markdown)).toEqual([
      '| `services/api/Dockerfile` | 4.4 MB | ≈ 281 MB | 4 | ≤ 50 MB | ✅ within budget | ✅ verified, 1.53 MB (saves 99.8%) |',
      '| `services/web/Dockerfile` | 770 MB | ≈ 281 MB | 4 | ≤ 50 MB | ❌ over budget: size 770 MB of 50 MB | ✅ verified, 1.53 MB (saves 99.8%) |',
      '| `services/worker/Dockerfile` | | | | | ❌ did not build | |'
    ])
    expect(markdown).toContain('**1 over budget, 1 did not build** of 3 images.')
    expect(markdown).toContain(
      '<details><summary>✅ <code>services/api/Dockerfile</code>: within budget</summary>'
    )
    expect(markdown).toContain(
      '<details><summary>❌ <code>services/worker/Dockerfile</code>: did not build</summary>'
    )
    expect(markdown).toContain('"/missing.txt": not found')
    // Each image's section holds its own details: its table, the generated Dockerfile, its layers.
    expect(markdown.match(/<summary>Where the bytes are<\/summary>/g)).toHaveLength(2)
    expect(markdown.match(/FROM scratch\nCOPY --from=build/g)).toHaveLength(2)
    expect(markdown).not.toContain("GitHub's comment limit")
  })

  it('says so when every image is within budget', () => {
    expect(renderManyMarkdown([service('api'), service('web')])).toContain(
      'All 2 images built and are within budget.'
    )
  })

  it('shows the growth against the base branch in the size column', () => {
    const grown = service('api')
    grown.baseline = {
      status: 'measured',
      commit: 'b'.repeat(40),
      size: 1_404_224,
      compressedSize: 1,
      layers: 4,
      source: { kind: 'built' }
    }
    expect(verdictRows(renderManyMarkdown([grown, service('web')]))[0]).toMatch(
      /^\| `services\/api\/Dockerfile` \| 4\.4 MB \(\+3 MB\) \|/
    )
  })

  it('keeps a hostile Dockerfile path inert in the table and in the summary line', () => {
    const report = service('api')
    report.dockerfile = 'services/<img src=x onerror=alert(1)>@everyone|`/Dockerfile'
    const markdown = renderManyMarkdown([report, service('web')])

    const outsideCode = markdown
      .replace(/^(`{3,}).*\n[\s\S]*?^\1$/gm, '')
      .replace(/(`+)[^`][\s\S]*?\1/g, '')
      .replace(/<code>[^<]*<\/code>/g, '')
    expect(outsideCode).not.toMatch(/<img|@everyone/)
    expect(markdown).toContain(
      '<code>services/&#60;img src=x onerror=alert(1)&#62;&#64;everyone|`/Dockerfile</code>'
    )
    expect(markdown).toContain(
      '| ``services/<img src=x onerror=alert(1)>@everyone¦`/Dockerfile`` |'
    )
  })
})

describe('the comment limit with many images', () => {
  it('shortens and drops details image by image, never a row of the table', () => {
    const reports: Report[] = [
      service('small'),
      ...Array.from({ length: 40 }, (_, i) => deep(`svc-${String(i).padStart(2, '0')}`, 200))
    ]
    const full = renderManyMarkdown(reports, Infinity)
    const comment = renderManyMarkdown(reports)

    expect(full.length).toBeGreaterThan(10 * COMMENT_LIMIT)
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT - 300)
    expect(verdictRows(comment)).toEqual(verdictRows(full))
    expect(verdictRows(comment)).toHaveLength(41)
    expect(comment).toContain("Details were cut to stay within GitHub's comment limit")
    // The longest details go first: the small image keeps its whole layer table.
    const small = comment.slice(comment.indexOf('<code>services/small/Dockerfile</code>'))
    expect(small).toContain('| 4 | `RUN /bin/sh -c go build -o hello . # buildkit` |')
    expect(comment).not.toContain('| 100 | `COPY')
    // Every section that is still shown is whole: its <details> tags pair up.
    expect(comment.match(/<details>/g)?.length).toBe(comment.match(/<\/details>/g)?.length)
  })

  it('takes the 20 largest layers of the longest images first, while that is enough', () => {
    const reports = Array.from({ length: 5 }, (_, i) => deep(`svc-${i}`, 200))
    const comment = renderManyMarkdown(reports)

    expect(renderManyMarkdown(reports, Infinity).length).toBeGreaterThan(COMMENT_LIMIT)
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT - 300)
    expect(comment.match(/The 20 largest of 200 layers\./g)).toHaveLength(3)
    expect(comment.match(/^\| 100 \| `COPY/gm)).toHaveLength(2)
    expect(comment).not.toContain("GitHub's comment limit")
  })

  it('cuts the body at the limit only when the table alone is past it', () => {
    const reports = Array.from({ length: 800 }, (_, i) => service(`svc-${i}`))
    expect(renderManyMarkdown(reports, 20_000).length).toBe(20_000)
  })
})
