import type { AnalyzedDocument } from '../contracts/document.ts'
import { shortenText } from './shorten-text.ts'

/** How a document is headed: its title, or else the first words of its text, marked as such. */
export interface DocumentHeading {
  readonly text: string
  /** True when the document has no title and the heading is its first sentence. */
  readonly fromText: boolean
}

// Long enough to recognise an article by its opening, short enough for a heading.
const MAX_HEADING_CHARS = 90
const FIRST_SENTENCE = /^[^\n]*?[.!?…](?=\s|$)|^[^\n]+/u

type HeadedDocument = Pick<AnalyzedDocument, 'id' | 'title' | 'text'> &
  Partial<Pick<AnalyzedDocument, 'paragraphs' | 'provenance'>>

/**
 * The heading of a document: its title; without one, its first sentence, skipping a credit line ("Article
 * original datant du 09/01/22") that provenance read; its id when it has no text.
 */
export function documentHeading(doc: HeadedDocument): DocumentHeading {
  const title = doc.title?.trim()
  if (title) return { text: title, fromText: false }
  const credits = (doc.provenance ?? []).flatMap((item) => item.evidence ?? [])
  const paragraphs = doc.paragraphs?.length
    ? doc.paragraphs
    : [{ start: 0, end: doc.text.length, text: doc.text }]
  const opening = paragraphs.find(
    (paragraph) =>
      paragraph.text.trim().length > 0 &&
      !credits.some((credit) => credit.start < paragraph.end && paragraph.start < credit.end),
  )
  const sentence = FIRST_SENTENCE.exec(opening?.text.trim() ?? '')?.[0]
  return sentence
    ? { text: shortenText(sentence, MAX_HEADING_CHARS), fromText: true }
    : { text: doc.id, fromText: false }
}
