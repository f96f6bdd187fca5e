import { describe, expect, it } from '@jest/globals'
import { broken, helloReport, service } from '../../../__fixtures__/reports.js'
import { outputsOfAll } from '../../../src/action/outputs.js'

describe('outputsOfAll', () => {
  it('keeps the one-image outputs for one image', () => {
    const outputs = outputsOfAll([helloReport()], '/tmp/report.json', undefined)
    expect(outputs.size).toBe('770423692')
    expect(outputs['within-budget']).toBe('false')
  })

  it('maps each per-image output by Dockerfile, within-budget only when all are', () => {
    const outputs = outputsOfAll(
      [service('api'), broken('worker')],
      '/tmp/report.json',
      'https://github.example/c/1'
    )
    expect(JSON.parse(outputs.size!)).toEqual({
      'services/api/Dockerfile': 4_404_224,
      'services/worker/Dockerfile': null
    })
    expect(JSON.parse(outputs.savings!)).toEqual({
      'services/api/Dockerfile': 99.8,
      'services/worker/Dockerfile': null
    })
    expect(JSON.parse(outputs['alternative-status']!)).toEqual({
      'services/api/Dockerfile': 'verified',
      'services/worker/Dockerfile': 'image-build-failed'
    })
    expect(outputs['within-budget']).toBe('false')
    expect(outputs.report).toBe('/tmp/report.json')
    expect(outputs['comment-url']).toBe('https://github.example/c/1')
    expect(
      outputsOfAll([service('api'), service('web')], '/r.json', undefined)['within-budget']
    ).toBe('true')
  })
})

describe('within-budget with a limit that could not be checked', () => {
  it('is false, for one image and for several', () => {
    const unchecked = service('api')
    unchecked.budget.unchecked = [{ name: 'increase', limit: '5%', reason: 'git fetch failed' }]
    expect(outputsOfAll([unchecked], '/r.json', undefined)['within-budget']).toBe('false')
    expect(outputsOfAll([unchecked, service('web')], '/r.json', undefined)['within-budget']).toBe(
      'false'
    )
  })
})

describe('alternative-status of an image that did not build', () => {
  it('is image-build-failed, not not-applicable (which means no Go build)', () => {
    expect(outputsOfAll([broken('worker')], '/r.json', undefined)['alternative-status']).toBe(
      'image-build-failed'
    )
  })
})
