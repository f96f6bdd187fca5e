import type { Octokit, Repository } from './octokit.js'

/** The open pull request of REPOSITORY that contains COMMIT, when there is one. */
export async function openPullRequestWith(
  octokit: Octokit,
  repository: Repository,
  commit: string
): Promise<number | undefined> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repository,
    commit_sha: commit
  })
  return data.find(pull => pull.state === 'open')?.number
}
