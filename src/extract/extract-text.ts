import { LANGUAGES } from '../lang/index.ts'

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

// A title is a short line without a final period, set off by a blank line, at the top; it stays in the text too,
// because the text is what the author wrote. A credit line above it ("Article original datant du 11/03/25",
// "Source : …") is not the title: the title is the line after it.
function findTitleLine(text: string): string | null {
  let start = 0
  for (let block = 0; block < MAX_CREDIT_LINES_ABOVE_TITLE + 1; block++) {
    const end = text.indexOf('\n\n', start)
    if (end === -1) return null
    const line = text.slice(start, end)
    if (line.includes('\n') || line.length > MAX_TITLE_CHARS) return null
    if (!isCreditLine(line)) return line.endsWith('.') ? null : line
    start = end + 2
  }
  return null
}

const MAX_CREDIT_LINES_ABOVE_TITLE = 2

// Credit cues of every language (the language is not known yet) that name an original, a translation, a
// republication or a date; author cues are left out, since "Par" or "By" also starts headlines.
const CREDIT_CUES: readonly string[] = Object.values(LANGUAGES).flatMap(({ provenanceCues }) => [
  ...provenanceCues.original,
  ...provenanceCues.originalDate,
  ...provenanceCues.translation,
  ...provenanceCues.republication,
  ...provenanceCues.via,
])

// A one-word cue ("via", "über", "extrait", "перевод") starts headlines too: it makes a credit line only with a
// colon after it ("Traduction : …"); a phrase ("article original datant du", "translated by") on its own.
function isCreditLine(line: string): boolean {
  const lower = line.toLowerCase()
  return CREDIT_CUES.some((cue) => {
    if (!lower.startsWith(cue)) return false
    const rest = lower.slice(cue.length)
    if (/^[\p{L}\p{N}]/u.test(rest)) return false
    return cue.includes(' ') || cue.endsWith(':') || /^\s*:/u.test(rest)
  })
}
