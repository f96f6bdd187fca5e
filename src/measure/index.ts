export { measureImage, type MeasureOptions } from './measure.js'
export { fileSizeCache, defaultSizeCacheDir, COMPRESSION_METHOD } from './cache.js'
export { ImageReadError } from './errors.js'
export type * from './types.js'
