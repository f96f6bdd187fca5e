import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { scanGoSources } from '../../../src/go-source/scan.js'
import { FIXTURES_DIR } from '../../fixtures/index.js'

describe('scanGoSources', () => {
  it('leaves out what .dockerignore excludes', async () => {
    const facts = await scanGoSources(join(FIXTURES_DIR, 'dockerignore'))
    expect(facts.imports).toEqual(['fmt'])
    expect(facts.modulePath).toBe('example.com/x')
  })

  it('reports opened paths that exist in the context as run-time files', async () => {
    const facts = await scanGoSources(join(FIXTURES_DIR, 'single-stage-templates'))
    expect(facts.openedPaths).toEqual(['templates/index.html'])
    expect(facts.runtimeFiles).toEqual(['templates'])
  })

  it('finds import "C" in a cgo program', async () => {
    const facts = await scanGoSources(join(FIXTURES_DIR, 'cgo-static'))
    expect(facts.usesCgo).toBe(true)
    expect(facts.imports).toContain('C')
  })
})
