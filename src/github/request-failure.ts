// What a failed GitHub request means, told apart by what GitHub answered: a reader of the log
// should know whether to fix a permission, wait, or run again. Only a 403 on a write is about
// permissions (a fork's read-only token); a rate limit or an outage is never blamed on the token.

/** The parts of an Octokit RequestError this reads; anything else is a failure to reach GitHub. */
interface RequestFailure {
  status?: number
  message?: string
  request?: { method?: string; url?: string; request?: { retryCount?: number } }
  response?: { headers?: Record<string, string | number | undefined> }
}

/** One sentence for the log on why a GitHub request failed, naming the request. Pure. */
export function describeRequestFailure(error: unknown): string {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as RequestFailure
  const message = failure.message ?? String(error)
  const { status } = failure
  if (!isRequestFailure(error)) return message
  // Octokit gives a request that got no answer (refused, reset, DNS) a 500 without a response.
  if (status === undefined || failure.response === undefined)
    return `GitHub could not be reached for ${failure.request?.method ?? 'a request'} ${pathOf(failure.request?.url)}: ${message}`
  const method = failure.request?.method ?? 'a request'
  const request = `${method} ${pathOf(failure.request?.url)}`
  if (isRateLimit(failure)) {
    const secondary = /secondary rate limit/i.test(message) ? 'secondary ' : ''
    return `GitHub's ${secondary}rate limit stopped ${request} after the waits it asked for (${status}): the next run writes it`
  }
  if (status >= 500) {
    const retries = failure.request?.request?.retryCount
    const tried = retries
      ? `after ${retries} ${retries === 1 ? 'retry' : 'retries'}`
      : 'after retrying'
    return `GitHub kept failing on ${request}: ${status} ${tried} (${message}); run the job again later`
  }
  if (status === 404) return `GitHub answered 404 Not Found to ${request}: ${message}`
  if (status === 403 && method !== 'GET') {
    return (
      `the token cannot write here: GitHub answered 403 to ${request} (${message}); a pull request ` +
      'from a fork gets a read-only token (comment from a workflow_run with mode: comment), or the ' +
      'workflow lacks `permissions: pull-requests: write`'
    )
  }
  return `GitHub answered ${status} to ${request}: ${message}`
}

/** An error a GitHub request raised (Octokit's RequestError), rather than one of our own. */
export function isRequestFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'request' in error && 'status' in error
}

function isRateLimit(failure: RequestFailure): boolean {
  if (failure.status === 429) return true
  if (failure.status !== 403) return false
  const headers = failure.response?.headers ?? {}
  return (
    /rate limit/i.test(failure.message ?? '') ||
    headers['retry-after'] !== undefined ||
    String(headers['x-ratelimit-remaining']) === '0'
  )
}

/** The API path of a request URL, without the host and query: `/repos/acme/app/issues/7/comments`. */
function pathOf(url: string | undefined): string {
  if (!url) return ''
  try {
    return new URL(url).pathname
  } catch {
    return url.split('?')[0] ?? url
  }
}
