import { describe, expect, it } from '@jest/globals'
import { attackSurfaceOf } from '../../../src/measure/attack-surface.js'
import { analyzeFilesystem } from '../../../src/measure/filesystem-stack.js'
import { toLayerEntry, type LayerEntry } from '../../../src/measure/layer-entries.js'
import { countPackages, isPackageDatabase } from '../../../src/measure/package-databases.js'

type Header = Parameters<typeof toLayerEntry>[0]

function layer(...headers: (Header & { packages?: number })[]): LayerEntry[] {
  return headers.flatMap(({ packages, ...header }) => {
    const entry = toLayerEntry(header)
    return entry ? [{ ...entry, ...(packages === undefined ? {} : { packages }) }] : []
  })
}

const file = (name: string, mode = 0o644, packages?: number) => ({
  name,
  type: 'file',
  size: 10,
  mode,
  packages
})
const link = (name: string) => ({ name, type: 'symlink' })

describe('attackSurfaceOf', () => {
  it('finds shells, package managers, packages, setuid files and executables in the final filesystem', () => {
    const { root } = analyzeFilesystem([
      layer(
        link('bin'),
        file('usr/bin/dash', 0o755),
        link('usr/bin/sh'),
        file('usr/bin/bash', 0o755),
        file('usr/bin/dpkg', 0o755),
        file('usr/bin/apt-get', 0o755),
        file('usr/bin/passwd', 0o4755),
        file('usr/bin/ssh-agent', 0o2755),
        { name: 'usr/bin/passwd-again', type: 'link', mode: 0o4755 },
        file('var/lib/dpkg/status', 0o644, 120),
        file('etc/passwd')
      ),
      // A later layer removes bash and a setuid file.
      layer(file('usr/bin/.wh.bash'), file('usr/bin/.wh.ssh-agent'))
    ])
    expect(attackSurfaceOf(root, '')).toEqual({
      shells: ['/usr/bin/dash', '/usr/bin/sh'],
      packageManagers: ['apt', 'dpkg'],
      packages: 120,
      setuid: ['/usr/bin/passwd', '/usr/bin/passwd-again'],
      executables: 5,
      user: 'root'
    })
  })

  it('has nothing to offer in a scratch image holding one program', () => {
    const { root } = analyzeFilesystem([layer(file('app', 0o755))])
    expect(attackSurfaceOf(root, '65532')).toEqual({
      shells: [],
      packageManagers: [],
      packages: 0,
      setuid: [],
      executables: 1,
      user: '65532'
    })
  })

  it('says the package count is unknown when a database was not read', () => {
    const { root } = analyzeFilesystem([layer(file('lib/apk/db/installed'))])
    expect(attackSurfaceOf(root, 'nobody').packages).toBeUndefined()
  })
})

describe('package databases', () => {
  it('counts installed dpkg paragraphs, not removed ones', () => {
    const status = [
      'Package: bash\nStatus: install ok installed\nVersion: 5.2',
      'Package: old\nStatus: deinstall ok config-files',
      'Package: dash\nStatus: install ok installed',
      ''
    ].join('\n\n')
    expect(countPackages('/var/lib/dpkg/status', status)).toBe(2)
  })

  it('counts a distroless status.d file and apk blocks', () => {
    expect(
      countPackages('/var/lib/dpkg/status.d/tzdata', 'Package: tzdata\nVersion: 2024a\n')
    ).toBe(1)
    expect(
      countPackages('/lib/apk/db/installed', 'C:Q1\nP:musl\nV:1.2\n\nC:Q2\nP:busybox\nV:1.36\n')
    ).toBe(2)
  })

  it('knows the databases by path', () => {
    expect(isPackageDatabase('/var/lib/dpkg/status')).toBe(true)
    expect(isPackageDatabase('/var/lib/dpkg/status.d/base-files')).toBe(true)
    expect(isPackageDatabase('/var/lib/dpkg/status.d/base-files.md5sums')).toBe(false)
    expect(isPackageDatabase('/var/lib/dpkg/status-old')).toBe(false)
    expect(isPackageDatabase('/lib/apk/db/installed')).toBe(true)
  })
})
