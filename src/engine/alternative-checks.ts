import { measureImage, type ImageMeasurement, type MeasureOptions } from '../measure/index.js'
import type { DockerOptions } from '../tools/docker.js'
import { verifyParity } from '../verify/parity.js'
import type { ParityOptions, ParityResult } from '../verify/types.js'

/** What is learnt of a built alternative: its measurement, and how it behaves beside the original. */
export interface AlternativeChecks {
  image: ImageMeasurement
  parity: ParityResult
}

/**
 * Measures the alternative under TAG and runs it beside ORIGINAL, both at once: the runs mostly
 * wait for the programs to settle, and the measurement reads the image meanwhile. STOP cuts the
 * runs short (the measurement of an image of a few megabytes is let finish) and the checks then
 * reject with a VerificationStopped.
 */
export async function checkAlternative(
  original: string,
  tag: string,
  verify: ParityOptions,
  options: { docker?: DockerOptions } & Pick<MeasureOptions, 'cache' | 'onProgress'>,
  stop?: AbortSignal
): Promise<AlternativeChecks> {
  const { docker, cache, onProgress } = options
  const [image, parity] = await bothSettled(
    measureImage(tag, { docker, cache, onProgress }),
    verifyParity(original, tag, verify, docker, stop)
  )
  return { image, parity }
}

/**
 * Both results, once both are done: a failed measurement does not leave the verification's
 * containers running on the image while the caller removes its tag.
 */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b])
  if (first.status === 'rejected') throw first.reason
  if (second.status === 'rejected') throw second.reason
  return [first.value, second.value]
}
