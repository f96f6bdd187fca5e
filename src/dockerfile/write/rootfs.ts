import type { RuntimeNeeds } from '../find/runtime-needs.js'

/** Where the build stage assembles files for the scratch stage, which has no shell to make them. */
export const ROOTFS = '/rootfs'

/**
 * The RUN appended to the build stage that writes /etc/passwd, an empty /tmp and the directories
 * the original created, so that one `COPY --from=build /rootfs/ /` keeps their owners and modes
 * (a COPY of a directory alone would land as root-owned 0755).
 */
export function rootfsRun(needs: RuntimeNeeds, escape: string): string[] | undefined {
  const user = needs.user
  const directories = needs.directories.map(d => `${ROOTFS}${d.path}`)
  const make = [
    ...(user ? [`${ROOTFS}/etc`] : []),
    ...(needs.tmp ? [`${ROOTFS}/tmp`] : []),
    ...directories
  ]
  if (make.length === 0) return undefined

  const steps = [`mkdir -p ${make.join(' ')}`]
  if (needs.tmp) steps.push(`chmod 1777 ${ROOTFS}/tmp`)
  const owned = needs.directories.filter(d => d.owned).map(d => `${ROOTFS}${d.path}`)
  if (owned.length > 0 && user) steps.push(`chown ${user.uid}:${user.gid} ${owned.join(' ')}`)
  if (user) {
    steps.push(
      `echo '${user.name}:x:${user.uid}:${user.gid}:${user.name}:/nonexistent:/sbin/nologin' > ${ROOTFS}/etc/passwd`,
      `echo '${user.name}:x:${user.gid}:' > ${ROOTFS}/etc/group`
    )
  }
  const [first, ...rest] = steps
  return [
    '# Files for the scratch stage, which has no shell to create them.',
    `RUN ${first}${rest.length ? ` ${escape}` : ''}`,
    ...rest.map((step, i) => ` && ${step}${i < rest.length - 1 ? ` ${escape}` : ''}`)
  ]
}
