import { checkBudget } from '../core/budget.js'
import { Input, type Inputs } from '../core/inputs.js'
import { REPORT_SCHEMA_VERSION, type RegistryReport } from '../report/model.js'
import {
  measureRegistryImage,
  RegistryError,
  type MeasureRegistryImageOptions
} from '../registry/index.js'

/** A registry's own failure, said as the input it came from: one line, no stack. */
export class RegistryImageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RegistryImageError'
  }
}

/**
 * `registry-image`: measures the image from its registry's manifests alone, and checks the budget
 * of each platform on its own (a node pulls one platform, never the index).
 */
export async function analyzeRegistryImage(
  reference: string,
  inputs: Pick<Inputs, 'budget'>,
  options: MeasureRegistryImageOptions = {}
): Promise<RegistryReport> {
  let measured
  try {
    measured = await measureRegistryImage(reference, options)
  } catch (error) {
    if (error instanceof RegistryError)
      throw new RegistryImageError(`${Input.RegistryImage} ${error.message}`)
    throw error
  }
  const platforms = measured.platforms.map(platform => ({
    ...platform,
    budget: checkBudget(inputs.budget, {
      compressedSize: platform.compressedSize,
      layers: platform.layers
    })
  }))
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'registry',
    reference: measured.reference,
    digest: measured.digest,
    platforms,
    within: platforms.every(platform => platform.budget.within)
  }
}
