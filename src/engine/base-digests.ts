import { runDocker, type DockerOptions } from '../tools/docker.js'
import type { BaseDigest } from '../report/model.js'

/**
 * The digest each base image had for this build: its repository digest when it was pulled from a
 * registry, else its image ID, so a re-tagged or rebuilt base shows as a change too.
 */
export async function baseDigestsOf(
  images: string[],
  docker: DockerOptions = {}
): Promise<BaseDigest[]> {
  return Promise.all(
    images.map(async image => {
      const result = await runDocker(
        ['image', 'inspect', '--format', '{{json .RepoDigests}} {{.Id}}', image],
        docker
      )
      if (result.exitCode !== 0) return { image, digest: 'unknown' }
      const [repoDigests, id] = result.stdout.trim().split(' ')
      const digest = (JSON.parse(repoDigests ?? '[]') as string[] | null)?.[0]?.split('@')[1]
      return { image, digest: digest ?? id ?? 'unknown' }
    })
  )
}
