/** Why a registry could not give what was asked: the three things a user can act on. */
export type RegistryFailure = 'not-found' | 'not-authorised' | 'not-reachable'

const SAYS: Record<RegistryFailure, string> = {
  'not-found': 'not found',
  'not-authorised': 'not authorised',
  'not-reachable': 'not reachable'
}

const ADVICE: Record<RegistryFailure, string> = {
  'not-found': 'check the repository, tag or digest',
  'not-authorised':
    'log in with `docker login` (or a credential helper); for ghcr.io, give the job a token that may read packages',
  'not-reachable': 'check the registry host and that this machine can reach it'
}

/** A registry request that failed, naming the image reference it was for. */
export class RegistryError extends Error {
  constructor(
    readonly reference: string,
    readonly failure: RegistryFailure,
    detail: string
  ) {
    super(`${reference}: ${SAYS[failure]} (${detail}); ${ADVICE[failure]}`)
    this.name = 'RegistryError'
  }
}
