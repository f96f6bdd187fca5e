export { measureImage, type MeasureOptions } from './measure.js'
export { fileSizeCache, defaultSizeCacheDir, COMPRESSION_METHOD } from './cache.js'
export type * from './types.js'
