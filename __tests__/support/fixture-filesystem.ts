// Writes a fixture's filesystem.json: its original image built and read as the engine reads it.
//   npx tsx __tests__/support/fixture-filesystem.ts writes-volume [more fixtures…]
// The Docker suite then checks that the engine, reading the real image, plans what the golden
// files say, so a stale filesystem.json fails there.
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stageFactsOf } from '../../src/dockerfile/read/stage-facts.js'
import { measureImageAndFilesystem } from '../../src/measure/index.js'
import { buildImage, removeTags } from '../../src/tools/buildx.js'
import { loadFixture } from '../fixtures/index.js'

for (const name of process.argv.slice(2)) {
  const fixture = loadFixture(name)
  const tag = `go-image-budget-fixture-fs:${randomBytes(4).toString('hex')}`
  const built = await buildImage({
    context: fixture.dir,
    file: fixture.dockerfilePath,
    target: fixture.input.target,
    buildArgs: fixture.input.buildArgs ?? {},
    tag
  })
  if (!built.ok) throw new Error(`${name} did not build: ${built.failure.reason}`)
  try {
    const dockerfile = readFileSync(fixture.dockerfilePath, 'utf8')
    const { finalStage } = stageFactsOf(
      dockerfile,
      fixture.input.target,
      fixture.input.buildArgs ?? {}
    )
    const { filesystem } = await measureImageAndFilesystem(tag, {
      baseImage: finalStage?.baseImage
    })
    writeFileSync(join(fixture.dir, 'filesystem.json'), `${JSON.stringify(filesystem, null, 2)}\n`)
    console.log(
      `${name}: ${filesystem.directories.length} directories, files ${filesystem.files.map(f => f.path).join(', ')}`
    )
  } finally {
    await removeTags([tag])
  }
}
