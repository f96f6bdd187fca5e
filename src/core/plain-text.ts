// Container output ends up in PR comments and job summaries: keep it short, and keep it plain
// text (no terminal escapes, no carriage returns) so the report only has to escape markup.

export const MAX_LINES = 20
export const MAX_CHARS = 2000

// eslint-disable-next-line no-control-regex
const TERMINAL_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g

/** TEXT without terminal colours, carriage returns or other control characters. */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(TERMINAL_ESCAPES, '').replace(CONTROL_CHARACTERS, '')
}

/** The first lines of TEXT, at most MAX_LINES lines and MAX_CHARS characters. */
export function headOf(text: string, maxLines = MAX_LINES, maxChars = MAX_CHARS): string {
  const lines = plainText(text).replace(/\n$/, '').split('\n')
  let head = lines.slice(0, maxLines).join('\n')
  if (lines.length > maxLines) head += `\n… (${lines.length - maxLines} more lines)`
  return head.length > maxChars ? `${head.slice(0, maxChars)}…` : head
}

/** The last lines of TEXT, at most MAX_LINES lines and MAX_CHARS characters. */
export function tailOf(text: string, maxLines = MAX_LINES, maxChars = MAX_CHARS): string {
  const lines = plainText(text).replace(/\n$/, '').split('\n')
  let tail = lines.slice(-maxLines).join('\n')
  if (lines.length > maxLines) tail = `… (${lines.length - maxLines} earlier lines)\n${tail}`
  return tail.length > maxChars ? `…${tail.slice(-maxChars)}` : tail
}

/** The first non-empty line of TEXT, short enough for a one-line summary. */
export function firstLineOf(text: string, maxChars = 200): string {
  const line =
    plainText(text)
      .split('\n')
      .find(l => l.trim() !== '') ?? ''
  return line.length > maxChars ? `${line.slice(0, maxChars)}…` : line.trim()
}
