export {
  measureImage,
  measureImageAndFilesystem,
  type MeasuredImage,
  type MeasureOptions
} from './measure.js'
export { localImageFilesystem } from './local-filesystem.js'
export type { DirectoryFact, FileFact, FilesystemFacts } from './filesystem-facts.js'
export type { AttackSurface } from './attack-surface.js'
export { fileLayerCache, defaultLayerCacheDir, COMPRESSION_METHOD } from './cache.js'
export { ImageReadError } from './errors.js'
export type * from './types.js'
