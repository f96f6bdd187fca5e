// Anything a Dockerfile, a build log or a pull request supplies is hostile: it must render as the
// same text it was, with no HTML, no mentions that ping, no links or images, and no way out of a
// table cell or a code block.

// Parentheses and + are left alone: with brackets escaped no link can form, and this text never
// starts a line, where + would begin a list.
const INLINE_SPECIALS = /[\\`*_{}[\]#!|~<>&@]/g
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '&#64;' }

/** Plain text made safe for one line of Markdown, a table cell included. */
export function escapeInline(text: string, maxLength = 300): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
  return cut.replace(INLINE_SPECIALS, char => ENTITIES[char] ?? `\\${char}`)
}

/** A fenced code block whose fence is longer than any backtick run inside, so it cannot be closed early. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`
}

/** Inline code that stays inline code whatever backticks or pipes it holds. */
export function inlineCode(text: string, maxLength = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
  // A pipe ends a table cell even inside backticks, and an HTML entity is not decoded there,
  // so pipes become a look-alike character instead.
  const safe = cut.replace(/\|/g, '¦')
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longestRun + 1)
  const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${safe}${pad}${ticks}`
}
