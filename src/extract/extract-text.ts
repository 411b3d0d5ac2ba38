/** Plain text after normalisation, with the title its first line suggests (if any). */
export interface ExtractedText {
  title: string | null
  text: string
}

const BYTE_ORDER_MARK = /^\uFEFF/
const LINE_BREAKS = /\r\n?/g
// Two or more blank lines (3+ line feeds, after trailing spaces are gone) become one blank line.
const BLANK_LINE_RUN = /\n{3,}/g
// A first line longer than this is a paragraph, not a headline.
const MAX_TITLE_CHARS = 200

/** Normalises plain text (line endings, BOM, trailing spaces, blank-line runs) and finds a title line. */
export function extractText(raw: string): ExtractedText {
  // Per-line trimEnd, not a /\s+$/m regex: that backtracks quadratically on long runs of spaces.
  const text = raw
    .replace(BYTE_ORDER_MARK, '')
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(BLANK_LINE_RUN, '\n\n')
    .trim()
  return { title: findTitleLine(text), text }
}

// A title is a short first line without a final period, set off by a blank line; it stays in the
// text too, because the text is what the author wrote.
function findTitleLine(text: string): string | null {
  const firstBreak = text.indexOf('\n\n')
  if (firstBreak === -1) return null
  const firstLine = text.slice(0, firstBreak)
  if (firstLine.includes('\n') || firstLine.length > MAX_TITLE_CHARS) return null
  if (firstLine.endsWith('.')) return null
  return firstLine
}
