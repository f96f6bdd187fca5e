import { describe, expect, it } from '@jest/globals'
import { finalExecutables } from '../../../src/measure/final-executables.js'
import type { LayerExecutable } from '../../../src/measure/go-executables.js'
import type { LayerEntry } from '../../../src/measure/layer-entries.js'

const go = (path: string): LayerExecutable => ({
  path,
  kind: 'go',
  bytes: 10,
  settings: {},
  static: true,
  libraries: [],
  stripped: true,
  strippable: 0,
  modules: [],
  packages: [],
  sections: [],
  packed: null,
  uses: [],
  unread: []
})
const file = (path: string): LayerEntry => ({ path, kind: 'file', bytes: 10 })

describe('finalExecutables', () => {
  it('keeps what the layers above leave, and drops what they overwrite, delete or hide', () => {
    const layers = [
      {
        entries: [file('/app/a'), file('/app/b'), file('/opt/c'), file('/usr/bin/d')],
        executables: [go('/app/a'), go('/app/b'), go('/opt/c'), go('/usr/bin/d')]
      },
      {
        entries: [
          file('/app/a'),
          { path: '/app/b', kind: 'whiteout', bytes: 0 } as LayerEntry,
          { path: '/opt', kind: 'opaque', bytes: 0 } as LayerEntry,
          file('/usr/bin/e')
        ],
        executables: [
          { path: '/usr/bin/e', kind: 'unreadable', bytes: 5, reason: 'cut short' } as const
        ]
      }
    ]
    const { binaries, unread } = finalExecutables(layers)
    expect(binaries.map(b => [b.path, b.layer])).toEqual([['/usr/bin/d', 0]])
    expect(unread).toEqual([{ path: '/usr/bin/e', layer: 1, bytes: 5, reason: 'cut short' }])
  })
})
