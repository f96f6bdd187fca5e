import type { GoFacts } from '../../../src/go-source/types.js'

/** What the scanner reports for a plain stdlib program that prints: no TLS, no cgo, no files. */
export const plainGoFacts: GoFacts = {
  imports: ['fmt'],
  usesCgo: false,
  cgoModules: [],
  openedPaths: [],
  loadsLocations: false,
  usesTempDir: false,
  modulePath: 'example.com/x'
}
