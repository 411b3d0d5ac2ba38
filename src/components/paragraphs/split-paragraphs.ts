import type { Span } from '../../contracts/span.ts'
import { trimSpan } from '../../doc/span.ts'

const BLANK_LINE = /\n[ \t]*\n/u
const PARAGRAPH_BREAK = /\n[ \t]*\n+/gu
const LINE_BREAK = /\n/gu

/**
 * Splits text into paragraphs: on blank lines when the text has any, otherwise on every line break
 * (scraped articles and machine-translated reposts often put one paragraph on each line).
 */
export function splitParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? PARAGRAPH_BREAK : LINE_BREAK
  const paragraphs: Span[] = []
  let start = 0
  separator.lastIndex = 0
  for (let match = separator.exec(text); match !== null; match = separator.exec(text)) {
    push(paragraphs, text, start, match.index)
    start = match.index + match[0].length
  }
  push(paragraphs, text, start, text.length)
  return paragraphs
}

function push(paragraphs: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, start, end)
  if (span.end > span.start) paragraphs.push(span)
}
