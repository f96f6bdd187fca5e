import { shellWord as quote } from '../read/shell-quoting.js'
import type { RuntimeNeeds } from '../find/runtime-needs.js'
import type { KeptDirectory } from '../find/writable-directories.js'

/** Where the build stage assembles files for the scratch stage, which has no shell to make them. */
export const ROOTFS = '/rootfs'

/** What mkdir -p makes under the build's umask of 022. */
const MKDIR_MODE = 0o755

/**
 * The RUN appended to the build stage that writes /etc/passwd and the directories the program
 * may write to, so that one `COPY --from=build /rootfs/ /` keeps their owners and modes (a COPY of
 * a directory alone would land as root-owned 0755). Every path is quoted for the shell: a
 * directory named `/tmp/$(touch /x)` is made as written, and runs nothing.
 */
export function rootfsRun(needs: RuntimeNeeds, escape: string): string[] | undefined {
  const user = needs.user
  const inRootfs = (path: string): string => quote(`${ROOTFS}${path}`)
  const make = [
    ...(user ? [`${ROOTFS}/etc`] : []),
    ...needs.directories.map(d => `${ROOTFS}${d.path}`)
  ]
  if (make.length === 0) return undefined

  const steps = [`mkdir -p ${make.map(path => quote(path)).join(' ')}`]
  // chown before chmod: chown may clear the setgid bit that chmod sets.
  for (const [owner, paths] of groupBy(needs.directories, d => `${d.uid}:${d.gid}`)) {
    if (owner !== '0:0') steps.push(`chown ${owner} ${paths.map(inRootfs).join(' ')}`)
  }
  for (const [mode, paths] of groupBy(needs.directories, d => octal(d.mode))) {
    if (mode !== octal(MKDIR_MODE)) steps.push(`chmod ${mode} ${paths.map(inRootfs).join(' ')}`)
  }
  if (user) {
    const passwd = `${user.name}:x:${user.uid}:${user.gid}:${user.name}:${user.home}:/sbin/nologin`
    steps.push(
      `echo ${quote(passwd)} > ${ROOTFS}/etc/passwd`,
      `echo ${quote(`${user.groupName}:x:${user.gid}:`)} > ${ROOTFS}/etc/group`
    )
  }
  const [first, ...rest] = steps
  return [
    '# Files for the scratch stage, which has no shell to create them.',
    `RUN ${first}${rest.length ? ` ${escape}` : ''}`,
    ...rest.map((step, i) => ` && ${step}${i < rest.length - 1 ? ` ${escape}` : ''}`)
  ]
}

/** A mode as chmod and the changes list write it: 0755, 1777. */
export function octal(mode: number): string {
  return mode.toString(8).padStart(4, '0')
}

/** The directories' paths by key, in the order each key first appears. */
function groupBy(
  directories: readonly KeptDirectory[],
  key: (directory: KeptDirectory) => string
): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const directory of directories) {
    const k = key(directory)
    groups.set(k, [...(groups.get(k) ?? []), directory.path])
  }
  return groups
}
