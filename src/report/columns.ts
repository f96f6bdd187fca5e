/**
 * Rows of plain text as aligned columns, two spaces apart: numbers (the columns named in
 * `numeric`) flush right, words flush left, no trailing spaces.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number>
): string[] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map(row => (row[column] ?? '').length))
  )
  return rows.map(row =>
    row
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)
      )
      .join('  ')
      .trimEnd()
  )
}
