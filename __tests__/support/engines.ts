import { spawn } from 'node:child_process'
import type { DockerOptions } from '../../src/tools/docker.js'

/** `docker save` on one engine piped into `docker load` on the other: the very same layer tars. */
export function copyImage(tag: string, from: DockerOptions, to: DockerOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const save = spawn('docker', ['save', tag], { env: { ...process.env, ...from.env } })
    const load = spawn('docker', ['load', '--quiet'], { env: { ...process.env, ...to.env } })
    save.stdout.pipe(load.stdin)
    load.on('error', reject)
    load.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`docker load exited ${code}`))
    )
  })
}
