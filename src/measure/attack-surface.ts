import type { StackedNode } from './filesystem-stack.js'
import { isPackageDatabase } from './package-databases.js'

/** What the final filesystem gives someone who gets a process inside the container. */
export interface AttackSurface {
  /** Shells and BusyBox in the usual program directories, by path (a link counts: it runs one). */
  shells: string[]
  /** Package managers whose program is there: `apt`, `dpkg`, `apk`, `rpm`… */
  packageManagers: string[]
  /**
   * Installed packages the databases list (dpkg's status or status.d, apk's installed); 0 with
   * no database. Undefined when a database was too large to read.
   */
  packages?: number
  /** Regular files with the setuid or setgid bit, by path. */
  setuid: string[]
  /** Regular files with an execute bit (hard links count, as `find -type f` counts them). */
  executables: number
  /** The image's `USER`, `root` when it sets none. */
  user: string
}

const PROGRAM_DIRECTORIES = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin']
const SHELLS = new Set([
  'sh',
  'ash',
  'bash',
  'rbash',
  'dash',
  'zsh',
  'ksh',
  'mksh',
  'csh',
  'tcsh',
  'fish',
  'busybox'
])
const PACKAGE_MANAGERS: Record<string, string> = {
  apt: 'apt',
  'apt-get': 'apt',
  dpkg: 'dpkg',
  apk: 'apk',
  rpm: 'rpm',
  dnf: 'dnf',
  yum: 'yum',
  microdnf: 'microdnf'
}

/** The attack surface of a stacked final filesystem. */
export function attackSurfaceOf(root: StackedNode, user: string | undefined): AttackSurface {
  const shells: string[] = []
  const managers = new Set<string>()
  for (const dir of PROGRAM_DIRECTORIES) {
    const node = nodeAt(root, dir)
    for (const [name, child] of node?.children ?? []) {
      if (child.children) continue
      if (SHELLS.has(name)) shells.push(`${dir}/${name}`)
      const manager = PACKAGE_MANAGERS[name]
      if (manager) managers.add(manager)
    }
  }
  const setuid: string[] = []
  let executables = 0
  let packages: number | undefined = 0
  const visit = (node: StackedNode, path: string): void => {
    for (const [name, child] of node.children ?? []) {
      const childPath = `${path}/${name}`
      if (child.children) {
        visit(child, childPath)
        continue
      }
      if (child.mode !== undefined) {
        if (child.mode & 0o111) executables++
        if (child.mode & 0o6000) setuid.push(childPath)
      }
      if (isPackageDatabase(childPath) && packages !== undefined) {
        packages = child.packages === undefined ? undefined : packages + child.packages
      }
    }
  }
  visit(root, '')
  return {
    shells: shells.sort(),
    packageManagers: [...managers].sort(),
    packages,
    setuid: setuid.sort(),
    executables,
    user: user?.trim() || 'root'
  }
}

function nodeAt(root: StackedNode, path: string): StackedNode | undefined {
  let node: StackedNode | undefined = root
  for (const part of path.split('/').filter(Boolean)) node = node?.children?.get(part)
  return node
}
