/** What a base image sets up before the first instruction of a stage runs. */
export interface BaseImageDefaults {
  env: ReadonlyMap<string, string>
  workdir: string
  /** The user the image runs as when the Dockerfile sets none; undefined means root. */
  user?: string
  /** The official golang images: Go at /usr/local/go, GOPATH=/go. */
  isGolang: boolean
}

const GOLANG_ENV = new Map([
  ['GOPATH', '/go'],
  ['PATH', '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']
])

/** Defaults of the images Go Dockerfiles commonly start from; anything else is assumed plain. */
export function baseImageDefaults(image: string): BaseImageDefaults {
  const { name, tag } = splitImage(image)
  if (name === 'golang' || name === 'library/golang' || name === 'docker.io/library/golang') {
    return { env: GOLANG_ENV, workdir: '/go', isGolang: true }
  }
  if (isDistroless(image) && /nonroot/.test(tag)) {
    return { env: new Map(), workdir: '/home/nonroot', user: '65532', isGolang: false }
  }
  return { env: new Map(), workdir: '/', isGolang: false }
}

/** Google's distroless images, whose nonroot user (65532) has its home at /home/nonroot. */
export function isDistroless(image: string): boolean {
  return splitImage(image).name.startsWith('gcr.io/distroless/')
}

/** Splits `registry/name:tag@digest` into its name and tag (the tag may be empty). */
function splitImage(image: string): { name: string; tag: string } {
  const withoutDigest = image.split('@')[0] as string
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  if (colon > slash) {
    return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) }
  }
  return { name: withoutDigest, tag: '' }
}
