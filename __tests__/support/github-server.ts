import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// A GitHub REST API on 127.0.0.1 that keeps issues, labels and issue comments in memory and records
// every request, so end-to-end tests can assert on exactly what the action sent.

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: string }
  author_association: string
  html_url: string
}

export interface StoredIssue {
  id: number
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: { name: string }[]
  user: { login: string; type: string }
  author_association: string
  html_url: string
  pull_request?: { url: string }
}

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
  authorization?: string
}

/**
 * A fault to answer instead of handling a request, e.g. `{ method: 'POST', status: 502, times: 1 }`.
 * With `delayMs` the answer comes that late; without `status` the request is then handled as usual.
 * `before` runs when the fault fires, e.g. to delete a comment as someone else would.
 */
export interface Fault {
  method?: string
  pathPattern?: RegExp
  status?: number
  headers?: Record<string, string>
  body?: unknown
  times: number
  delayMs?: number
  before?: () => void
}

/** What GitHub answers a pull request from a fork that tries to write with its read-only token. */
export function forkCannotWrite(times = 5): Fault {
  return {
    method: 'POST',
    status: 403,
    body: { message: 'Resource not accessible by integration' },
    times
  }
}

/** GitHub's secondary rate limit on one write, to be waited out for a second. */
export function secondaryRateLimit(): Fault {
  return {
    method: 'POST',
    status: 403,
    headers: { 'retry-after': '1' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    },
    times: 1
  }
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments: StoredComment[] = []
  readonly faults: Fault[] = []
  /** Pull requests `GET /pulls/:number` knows, e.g. one from a fork. */
  readonly pulls: { number: number; headSha: string; headRepo: string }[] = []
  readonly issues: StoredIssue[] = []
  readonly labels: string[] = []
  private nextId = 1000
  private nextIssueNumber = 100
  private server?: Server
  url = ''

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()))
  }

  /** Adds a comment as if someone else had written it (another user, another bot). */
  seedComment(
    issue: number,
    body: string,
    user = { login: 'octocat', type: 'User' },
    association = 'NONE'
  ): StoredComment {
    const comment = this.store(issue, body, user, association)
    return comment
  }

  /** Adds an open issue as if someone else had opened it (by default a user without write access). */
  seedIssue(
    fields: { title?: string; body: string; labels?: string[]; pullRequest?: boolean },
    user = { login: 'octocat', type: 'User' },
    association = 'NONE'
  ): StoredIssue {
    return this.storeIssue(fields, user, association)
  }

  /** Open issues carrying the label (pull requests excluded), oldest first. */
  openIssuesLabelled(label: string): StoredIssue[] {
    return this.issues.filter(
      issue =>
        issue.state === 'open' && !issue.pull_request && issue.labels.some(l => l.name === label)
    )
  }

  /** Forgets every comment, issue, label, request and fault, for the next test. */
  reset(): void {
    for (const list of [
      this.comments,
      this.requests,
      this.faults,
      this.issues,
      this.labels,
      this.pulls
    ]) {
      list.length = 0
    }
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter(comment => comment.issue === issue)
  }

  writes(): RecordedRequest[] {
    return this.requests.filter(request => request.method !== 'GET')
  }

  private store(
    issue: number,
    body: string,
    user: StoredComment['user'],
    association: string
  ): StoredComment {
    const id = this.nextId++
    const comment = {
      id,
      issue,
      body,
      user,
      author_association: association,
      html_url: `https://github.example/acme/app/pull/${issue}#issuecomment-${id}`
    }
    this.comments.push(comment)
    return comment
  }

  private storeIssue(
    fields: {
      title?: string
      body?: string
      labels?: (string | { name: string })[]
      pullRequest?: boolean
    },
    user: StoredIssue['user'],
    association: string
  ): StoredIssue {
    const number = this.nextIssueNumber++
    const issue: StoredIssue = {
      id: this.nextId++,
      number,
      title: fields.title ?? '',
      body: fields.body ?? '',
      state: 'open',
      state_reason: null,
      labels: (fields.labels ?? []).map(label => ({
        name: typeof label === 'string' ? label : label.name
      })),
      user,
      author_association: association,
      html_url: `https://github.example/acme/app/${fields.pullRequest ? 'pull' : 'issues'}/${number}`,
      ...(fields.pullRequest && {
        pull_request: { url: `https://api.github.example/repos/acme/app/pulls/${number}` }
      })
    }
    // GitHub creates a label it has not seen when an issue names it.
    for (const { name } of issue.labels) {
      if (!this.labels.includes(name)) this.labels.push(name)
    }
    this.issues.push(issue)
    return issue
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    this.requests.push({
      method,
      path: url.pathname,
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization
    })
    const fault = this.faults.find(
      f =>
        f.times > 0 &&
        (!f.method || f.method === method) &&
        (!f.pathPattern || f.pathPattern.test(url.pathname))
    )
    if (fault) {
      fault.times--
      fault.before?.()
      if (fault.delayMs) await new Promise(resolve => setTimeout(resolve, fault.delayMs))
    }
    if (fault?.status !== undefined) {
      return send(
        res,
        fault.status,
        fault.body ?? { message: `injected ${fault.status}` },
        fault.headers
      )
    }
    const route = this.route(method, url, text ? JSON.parse(text) : undefined)
    send(res, route.status, route.body, route.headers)
  }

  private route(method: string, url: URL, body: IssueFields | undefined): Route {
    let m: RegExpExecArray | null
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open'
        const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
        const listed = this.issues
          .filter(issue => state === 'all' || issue.state === state)
          .filter(issue => wanted.every(label => issue.labels.some(l => l.name === label)))
          .sort((a, b) => b.number - a.number)
        return this.page(url, listed)
      }
      if (method === 'POST') {
        return {
          status: 201,
          body: this.storeIssue(body ?? {}, { login: 'github-actions[bot]', type: 'Bot' }, 'NONE')
        }
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname))) {
      const issue = this.issues.find(i => i.number === Number(m![1]))
      if (!issue) return { status: 404, body: { message: 'Not Found' } }
      if (method === 'GET') return { status: 200, body: issue }
      if (method === 'PATCH') {
        if (body?.title !== undefined) issue.title = body.title
        if (body?.body !== undefined) issue.body = body.body
        if (body?.state !== undefined) issue.state = body.state
        if (body?.state_reason !== undefined) issue.state_reason = body.state_reason
        return { status: 200, body: issue }
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/labels$/.test(url.pathname) && method === 'POST') {
      const name = body?.name ?? ''
      if (this.labels.includes(name)) {
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
          }
        }
      }
      this.labels.push(name)
      return { status: 201, body: { name, color: body?.color, description: body?.description } }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1])
      if (method === 'GET') return this.page(url, this.commentsOn(issue))
      if (method === 'POST') {
        return {
          status: 201,
          body: this.store(
            issue,
            body?.body ?? '',
            { login: 'github-actions[bot]', type: 'Bot' },
            'NONE'
          )
        }
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      const comment = this.comments.find(c => c.id === Number(m![1]))
      if (!comment) return { status: 404, body: { message: 'Not Found' } }
      if (method === 'PATCH') {
        comment.body = body?.body ?? ''
        return { status: 200, body: comment }
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1)
        return { status: 204, body: undefined }
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(url.pathname)) && method === 'GET') {
      const pull = this.pulls.find(p => p.number === Number(m![2]))
      if (!pull) return { status: 404, body: { message: 'Not Found' } }
      return {
        status: 200,
        body: {
          number: pull.number,
          state: 'open',
          head: { sha: pull.headSha, repo: { full_name: pull.headRepo } },
          base: { sha: 'b'.repeat(40), repo: { full_name: m[1] } }
        }
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/pulls$/.test(url.pathname) && method === 'GET') {
      return { status: 200, body: [] }
    }
    return { status: 404, body: { message: `Not Found: ${method} ${url.pathname}` } }
  }

  /** GitHub-style pagination: `per_page`, `page` and a Link header with rel="next". */
  private page(url: URL, items: unknown[]): Route {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URL(url)
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    return { status: 200, body: slice, headers }
  }
}

/** The fields of an issue, comment or label request body the routes read. */
interface IssueFields {
  body?: string
  title?: string
  state?: 'open' | 'closed'
  state_reason?: string | null
  labels?: (string | { name: string })[]
  name?: string
  color?: string
  description?: string
}

interface Route {
  status: number
  body: unknown
  headers?: Record<string, string>
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(body === undefined ? '' : JSON.stringify(body))
}
