import { describe, expect, it } from '@jest/globals'
import { codeByPackage, packageOf } from '../../../src/binary/packages.js'

// Names as the linker writes them, in the order it lays functions out: package by package, with
// the odd ones (generics, escaped paths, the linker's own symbols) in between.
const NAMES = [
  'go:buildid',
  'internal/abi.Kind.String',
  'internal/abi.(*Type).Kind',
  'runtime.main',
  'runtime.main.func1',
  'runtime/internal/syscall.Syscall6',
  'type:.eq.runtime.Frame',
  'net.Dial',
  'net/http.Get',
  'net/http.(*Client).Do',
  'net/http.Get.deferwrap1',
  'slices.Sort[go.shape.[]int,go.shape.int]',
  'slices.Sort[go.shape.[]net/http.Header,go.shape.net/http.Header]',
  'slices.insertionSortCmpFunc[go.shape.string]',
  'gopkg.in/yaml%2ev3.Unmarshal',
  'gopkg.in/yaml%2ev3.(*parser).parse',
  'gopkg.in/yaml%2ev3/internal.X',
  'main.F[net/http.Client]',
  'main.main',
  'main.(*server).ServeHTTP'
]

describe('codeByPackage', () => {
  it('sums code by the package packageOf names, for every name', () => {
    const functions = NAMES.map((name, i) => ({ name, size: 16 * (i + 1) }))
    const expected = new Map<string, number>()
    for (const { name, size } of functions) {
      const path = packageOf(name)
      if (path !== undefined) expected.set(path, (expected.get(path) ?? 0) + size)
    }
    const byPackage = codeByPackage(functions)
    expect(new Map(byPackage.map(p => [p.path, p.bytes]))).toEqual(expected)
    expect(byPackage.map(p => p.path)).toContain('gopkg.in/yaml.v3')
    expect(byPackage.map(p => p.path)).toContain('gopkg.in/yaml.v3/internal')
  })
})
