export {
  measureRegistryImage,
  type MeasureRegistryImageOptions,
  type RegistryImage,
  type RegistryPlatform
} from './measure.js'
export {
  resolveImage,
  type Descriptor,
  type PlatformManifest,
  type ResolvedImage
} from './manifests.js'
export { RegistryError, type RegistryFailure } from './errors.js'
export { parseReference, REFERENCE_FORMS, type ImageReference } from './reference.js'
export type { RegistryClientOptions } from './client.js'
