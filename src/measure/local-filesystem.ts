import { randomBytes } from 'node:crypto'
import { runDocker, spawnDocker, type DockerOptions } from '../tools/docker.js'
import { analyzeFilesystem } from './filesystem-stack.js'
import type { FilesystemFacts } from './filesystem-facts.js'
import { readLayer } from './layer-reader.js'

/**
 * Past this an image is not read: a base as small as alpine or distroless (a few MB) is read in a
 * fraction of a second, and one much larger would cost about as much as what reading it saves.
 */
export const MAX_LOCAL_READ_BYTES = 64 * 1024 * 1024

/**
 * The final filesystem of an image the engine already has, every directory as its own layers
 * left it (`fromBase`), read from `docker export` of a container that is created, never started,
 * and removed. Undefined when the engine does not have the image, it is over `maxBytes`, or it
 * cannot be read: this is a look ahead, never a measurement, and its absence is no error.
 */
export async function localImageFilesystem(
  image: string,
  docker: DockerOptions = {},
  maxBytes = MAX_LOCAL_READ_BYTES
): Promise<FilesystemFacts | undefined> {
  const inspected = await runDocker(
    ['image', 'inspect', '--format', '{{.Id}} {{.Size}}', image],
    docker
  )
  if (inspected.exitCode !== 0) return undefined
  const [id, size] = inspected.stdout.trim().split(' ')
  if (!id?.startsWith('sha256:') || !(Number(size) <= maxBytes)) return undefined
  const name = `go-image-budget-read-${randomBytes(4).toString('hex')}`
  // A command is needed to create a container of an image that has none; it is never run.
  const created = await runDocker(['create', '--name', name, id, 'never-run'], docker)
  try {
    if (created.exitCode !== 0) return undefined
    return await exportedFilesystem(name, docker)
  } finally {
    await runDocker(['rm', '--force', name], docker)
  }
}

async function exportedFilesystem(
  container: string,
  docker: DockerOptions
): Promise<FilesystemFacts | undefined> {
  const child = spawnDocker(['export', container], docker)
  child.stdin.end()
  child.stderr.resume()
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve(code ?? 1))
  })
  exited.catch(() => undefined)
  try {
    const layer = await readLayer(child.stdout, { compressWith: undefined, readContents: false })
    if ((await exited) !== 0) return undefined
    return analyzeFilesystem([layer.entries], { baseLayers: 1 }).facts
  } catch {
    child.kill()
    await exited.catch(() => undefined)
    return undefined
  }
}
