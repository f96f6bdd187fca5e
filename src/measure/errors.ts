/**
 * An image that could not be read or measured (not saved, damaged, or of a form this version does
 * not read). The message says which image and what to do; anything else thrown is a bug.
 */
export class ImageReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageReadError'
  }
}
