// RFC 4180: a cell holding a comma, a double quote or a line break is quoted, its quotes doubled.
const CSV_NEEDS_QUOTES = /[",\n\r]/u

/** One CSV record (RFC 4180), cells in order, ending with a line feed. */
export function formatCsvRow(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\n`
}

function csvCell(value: string | number): string {
  const text = String(value)
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
