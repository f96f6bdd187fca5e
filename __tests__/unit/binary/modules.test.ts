import { describe, expect, it } from '@jest/globals'
import { codeByModule } from '../../../src/binary/modules.js'

describe('codeByModule', () => {
  const info = {
    goVersion: 'go1.27.4',
    mainModule: { path: 'example.com/app', version: '(devel)' },
    dependencies: [
      { path: 'github.com/a/b', version: 'v1.0.0' },
      { path: 'github.com/a/b/v2', version: 'v2.3.0' },
      { path: 'golang.org/x/text', version: 'v0.14.0' }
    ]
  }

  it('maps each package to the listed module with the longest prefix, std and main included', () => {
    expect(
      codeByModule(
        [
          { path: 'runtime', bytes: 500 },
          { path: 'vendor/golang.org/x/net/http2/hpack', bytes: 20 },
          { path: 'main', bytes: 40 },
          { path: 'example.com/app/internal/server', bytes: 60 },
          { path: 'github.com/a/b/v2/c', bytes: 70 },
          { path: 'github.com/a/b', bytes: 5 },
          { path: 'github.com/a/bc', bytes: 3 },
          { path: 'golang.org/x/text/unicode/norm', bytes: 30 }
        ],
        info
      )
    ).toEqual([
      { path: 'std', version: 'go1.27.4', bytes: 520 },
      { path: 'example.com/app', version: '(devel)', bytes: 100 },
      { path: 'github.com/a/b/v2', version: 'v2.3.0', bytes: 70 },
      { path: 'golang.org/x/text', version: 'v0.14.0', bytes: 30 },
      { path: 'github.com/a/b', version: 'v1.0.0', bytes: 5 },
      { path: '(unknown module)', version: '', bytes: 3 }
    ])
  })

  it('has nothing to sum without packages', () => {
    expect(codeByModule([], info)).toEqual([])
  })
})
