import type { LinkableDocument } from './linkable-document.ts'

/** A paragraph's half-open offsets into the document's text. */
export interface Range {
  readonly start: number
  readonly end: number
}

const LINE = /[^\n]+/gu

/** The document's paragraphs: the core's layer when present, otherwise its non-empty lines. */
export function paragraphRanges(doc: LinkableDocument): Range[] {
  if (doc.paragraphs && doc.paragraphs.length > 0)
    return doc.paragraphs.map(({ start, end }) => ({ start, end }))
  const ranges: Range[] = []
  for (const match of doc.text.matchAll(LINE)) {
    if (match[0].trim()) ranges.push({ start: match.index, end: match.index + match[0].length })
  }
  return ranges
}
