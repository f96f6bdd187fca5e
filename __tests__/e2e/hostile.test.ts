import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { FakeGitHub } from '../support/github-server.js'
import { pullRequestEvent, runAction } from '../support/run-action.js'

// A Dockerfile and a build log written by whoever opened the pull request: what they put in
// LABELs, stage names and RUN lines must render as text, not as HTML, mentions, images or table cells.
jest.setTimeout(300_000)

const github = new FakeGitHub()
beforeAll(() => github.start())
afterAll(() => github.stop())

/** The comment with code blocks and code spans removed: GitHub shows those as text whatever they hold. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,}).*\n[\s\S]*?^\1$/gm, '').replace(/(`+)[^`][\s\S]*?\1/g, '')
}

function hostileRun(context: string, pr: number) {
  return runAction({
    inputs: { context, alternative: 'none', baseline: 'none', 'github-token': 'ghs_hostile' },
    eventName: 'pull_request',
    event: pullRequestEvent(pr),
    apiUrl: github.url
  })
}

describe('hostile input in the comment', () => {
  it('renders a hostile Dockerfile inert', async () => {
    const result = await hostileRun('__tests__/e2e/fixtures/hostile', 31)
    expect(result.exitCode).toBe(0)

    const [comment] = github.commentsOn(31)
    const text = outsideCode(comment!.body)
    expect(text).not.toMatch(/<img|@everyone|!\[x\]\(/)
    // Every table row keeps its six cells: no pipe from the Dockerfile opened a seventh.
    for (const row of comment!.body.split('\n').filter(line => line.startsWith('| Current'))) {
      expect(row.split(' | ')).toHaveLength(6)
    }
    expect(comment!.body).toContain('onerror=alert(1)')
  })

  it('renders a hostile build log inert', async () => {
    const result = await hostileRun('__tests__/e2e/fixtures/hostile-failing', 32)
    expect(result.exitCode).not.toBe(0)

    const [comment] = github.commentsOn(32)
    expect(outsideCode(comment!.body)).not.toMatch(/<img|@everyone|<\/details>/)
    expect(comment!.body).toContain('The image did not build')
  })
})
