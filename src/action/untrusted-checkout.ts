import { context } from '@actions/github'
import { headCommit } from '../tools/git.js'

/**
 * Under `pull_request_target` the token can write to the base repository, so building the pull
 * request's own head runs code from whoever opened it with that power. Returns a warning to show
 * when the workspace holds that head, or when it cannot be told which commit it holds.
 */
export async function untrustedCheckoutWarning(workspace: string): Promise<string | undefined> {
  if (context.eventName !== 'pull_request_target') return undefined
  const headSha: string | undefined = context.payload.pull_request?.head?.sha
  let checkedOut: string
  try {
    checkedOut = await headCommit(workspace)
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    return (
      `This pull_request_target run cannot tell which commit it builds (git: ${reason}). If it is the pull ` +
      "request's own head, anyone who opens a pull request can run code here with a token that can write to " +
      'this repository: use the pull_request event, or the fork-safe setup in the README.'
    )
  }
  if (!headSha || checkedOut !== headSha) return undefined
  return (
    "This pull_request_target run builds the pull request's own code with a token that can write to this " +
    'repository. Anyone who opens a pull request can run code here: use the pull_request event, or the ' +
    'fork-safe setup in the README.'
  )
}
