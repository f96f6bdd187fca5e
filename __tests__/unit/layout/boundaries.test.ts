import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

// The layout rules of eslint.boundaries.js, shown to bite: each snippet is linted as if it were a
// file in the folder named, exactly as `npm run lint` lints the real ones.

const eslint = new ESLint()

async function problemsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return (result?.messages ?? [])
    .filter(message => message.ruleId === 'no-restricted-imports')
    .map(message => message.message)
}

describe('the layout of src/', () => {
  it('keeps @actions/* in action/, but lets github/ name the client type', async () => {
    expect(await problemsOf('src/engine/x.ts', "import * as core from '@actions/core'\n")).toEqual([
      expect.stringContaining('Only action/ talks to the Actions runner')
    ])
    expect(
      await problemsOf('src/github/x.ts', "import type { getOctokit } from '@actions/github'\n")
    ).toEqual([])
    expect(await problemsOf('src/action/x.ts', "import * as core from '@actions/core'\n")).toEqual(
      []
    )
  })

  it('lets imports point only down', async () => {
    expect(
      await problemsOf('src/report/x.ts', "import { analyze } from '../engine/analyze.js'\n")
    ).toEqual([expect.stringContaining('report/ may import only')])
    expect(
      await problemsOf('src/dockerfile/read/x.ts', "import { run } from '../../action/main.js'\n")
    ).toEqual([expect.stringContaining('dockerfile/ may import only')])
    expect(await problemsOf('src/engine/x.ts', "import { x } from '../report/model.js'\n")).toEqual(
      []
    )
  })

  it('keeps the pure folders pure: types of effect modules, never their code', async () => {
    expect(
      await problemsOf(
        'src/report/x.ts',
        "import type { ImageMeasurement } from '../measure/types.js'\n"
      )
    ).toEqual([])
    expect(
      await problemsOf('src/report/x.ts', "import { measureImage } from '../measure/index.js'\n")
    ).toEqual([expect.stringContaining('report/ is pure')])
    expect(
      await problemsOf('src/core/x.ts', "import { readFile } from 'node:fs/promises'\n")
    ).toEqual([expect.stringContaining('core/ is pure')])
    expect(
      await problemsOf(
        'src/dockerfile/x.ts',
        "import { scanGoSources } from '../go-source/scan.js'\n"
      )
    ).toEqual([expect.stringContaining('dockerfile/ is pure')])
    expect(await problemsOf('src/dockerfile/x.ts', "import { posix } from 'node:path'\n")).toEqual(
      []
    )
  })
})
