import { describe, expect, it } from '@jest/globals'
import { cgoModuleOf } from '../../../src/go-source/cgo-modules.js'

describe('cgoModuleOf', () => {
  it('finds a module by its path, a major version or a module under a listed prefix', () => {
    expect(cgoModuleOf('github.com/mattn/go-sqlite3')?.loadsLibrariesAtRunTime).toBe(false)
    expect(cgoModuleOf('github.com/godror/godror/v2')?.loadsLibrariesAtRunTime).toBe(true)
    expect(cgoModuleOf('github.com/go-gl/glfw')?.loadsLibrariesAtRunTime).toBe(true)
  })

  it('does not take a longer name for the module it starts with', () => {
    expect(cgoModuleOf('github.com/mattn/go-sqlite3x')).toBeUndefined()
    expect(cgoModuleOf('github.com/gorilla/mux')).toBeUndefined()
  })
})
