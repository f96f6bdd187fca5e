import xbytes from 'xbytes'
import type { GrowthLimit } from './size.js'

// How every report (the comment, the job summary, the drift issue, the terminal) writes sizes,
// changes and percentages, so the same figure reads the same wherever a reader meets it.

/** `712 MB`, `7.5 MB`, `1.53 MB`-style human size in decimal units, three significant digits. */
export function formatBytes(bytes: number): string {
  const magnitude = Math.abs(bytes)
  if (magnitude < 1000) return `${bytes} B`
  const scaled = magnitude / 1000 ** Math.floor(Math.log10(magnitude) / 3)
  const text = xbytes(bytes, { fixed: scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2 })
  return text.replace(/\.(\d*?)0+ /, (_, kept: string) => (kept ? `.${kept} ` : ' '))
}

/** `+12.4 MB`/`-3 MB`/`±0 B`: a signed size difference. */
export function formatDelta(bytes: number): string {
  return `${bytes > 0 ? '+' : bytes < 0 ? '-' : '±'}${formatBytes(Math.abs(bytes))}`
}

/** `12,345,678 bytes`: the exact figure next to a rounded one. */
export function formatExactBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`
}

/** PART as a percentage of WHOLE with one decimal; 0 when there is no whole to compare with. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10
}

/** `3.1%`, `99.8%`. */
export function formatPercent(percent: number): string {
  return `${percent}%`
}

/** `+12.4 MB (+3.1%)`, `-4 MB (-1.6%)`, or `±0` when nothing changed. */
export function formatChange(before: number, after: number): string {
  const delta = after - before
  if (delta === 0) return '±0'
  const percent = percentOf(delta, before)
  return `${formatDelta(delta)} (${percent > 0 ? '+' : ''}${formatPercent(percent)})`
}

/** `+2`, `-1`, `±0`: a change in a count, such as layers. */
export function formatCountChange(before: number, after: number): string {
  const delta = after - before
  return delta > 0 ? `+${delta}` : delta < 0 ? String(delta) : '±0'
}

/** `5%` or `10 MB`: a limit on growth as a reader would write it. */
export function formatGrowthLimit(limit: GrowthLimit): string {
  return 'bytes' in limit ? formatBytes(limit.bytes) : formatPercent(limit.percent)
}

/** `just now`, `12 min ago`, `3 h ago`, `2 d ago`: how old a recorded figure is, rounded down. */
export function formatAge(seconds: number): string {
  if (seconds < 60) return 'just now'
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`
  return `${Math.floor(seconds / 86_400)} d ago`
}

/** `14 s`, `2 min 5 s`, `1 h 3 min`: a duration as a progress line says it, rounded up to a second. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds))
  if (whole < 60) return `${whole} s`
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`
}
