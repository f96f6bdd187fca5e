import xbytes from 'xbytes'

// Units a budget may use. Lower-case `b` means bits to xbytes, which nobody means in a size budget,
// so the accepted spellings are listed here and everything else is refused with this hint.
const SIZE_FORM = /^\s*\d+(\.\d+)?\s*(B|[kK]B|MB|GB|TB|KiB|MiB|GiB|TiB)?\s*$/
export const SIZE_FORMS = 'a size like 25MB, 1.5GiB or 30000000 (bytes)'

/** Parses a size budget into bytes: decimal (MB = 10^6) and binary (MiB = 2^20) units, or plain bytes. */
export function parseSize(text: string): number | undefined {
  if (!SIZE_FORM.test(text)) return undefined
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const bytes = xbytes.parseSize(trimmed.replace(/^(\d+(?:\.\d+)?)\s*kB$/, '$1KB'))
  return bytes === undefined || !Number.isFinite(bytes) ? undefined : Math.round(bytes)
}

/** A limit on growth: an absolute size or a percentage of the earlier size. */
export type GrowthLimit = { bytes: number } | { percent: number }
export const GROWTH_FORMS = 'a percentage like 5% or a size with a unit like 10MB or 1.5MiB'

/**
 * Parses `5%`, `2.5 %` or a size with a unit (`10MB`, `1.5MiB`). A bare number is refused: `5` is
 * far more likely a forgotten `%` than five bytes.
 */
export function parseGrowth(text: string): GrowthLimit | undefined {
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text)
  if (percent) return { percent: Number(percent[1]) }
  const bytes = /^\s*\d+(\.\d+)?\s*$/.test(text) ? undefined : parseSize(text)
  return bytes === undefined ? undefined : { bytes }
}

/** The growth allowed from `before`, in bytes. */
export function allowedGrowth(limit: GrowthLimit, before: number): number {
  return 'bytes' in limit ? limit.bytes : Math.floor((before * limit.percent) / 100)
}
