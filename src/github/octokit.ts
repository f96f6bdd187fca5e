import type { getOctokit } from '@actions/github'

/**
 * The REST client every module here talks through. The action makes it (action/octokit.ts), with
 * retries and rate-limit handling, so these modules only need its type.
 */
export type Octokit = ReturnType<typeof getOctokit>

/** The repository a module reads or writes. */
export interface Repository {
  owner: string
  repo: string
}
