import type { AnalyzedDocument } from '../contracts/document.ts'
import type { DocumentHeading } from '../contracts/heading.ts'
import { shortenText } from './shorten-text.ts'

// Long enough to recognise an article by its opening, short enough for a heading.
const MAX_HEADING_CHARS = 90
const FIRST_SENTENCE = /^[^\n]*?[.!?…](?=\s|$)|^[^\n]+/u
// Control characters (NUL included) and lone surrogates: nothing to show, and a heading kept in a jsonb column
// (stories, provenance) cannot hold them.
const UNPRINTABLE = /[\p{Cc}\p{Cs}]/gu

/** What a heading is drawn from: the title, else the text's paragraphs and the credits provenance read. */
export type HeadedDocument = Pick<AnalyzedDocument, 'id' | 'title' | 'text'> &
  Partial<Pick<AnalyzedDocument, 'paragraphs' | 'provenance'>>

/**
 * The heading of a document: its title; without one, its first sentence, skipping a credit line ("Article
 * original datant du 09/01/22") that provenance read; its id when it has no text.
 */
export function documentHeading(doc: HeadedDocument): DocumentHeading {
  const title = doc.title?.replace(UNPRINTABLE, ' ').trim()
  if (title) return { text: title, derived: false }
  const credits = (doc.provenance ?? []).flatMap((item) => item.evidence ?? [])
  const paragraphs = doc.paragraphs?.length
    ? doc.paragraphs
    : [{ start: 0, end: doc.text.length, text: doc.text }]
  const opening = paragraphs.find(
    (paragraph) =>
      paragraph.text.trim().length > 0 &&
      !credits.some((credit) => credit.start < paragraph.end && paragraph.start < credit.end),
  )
  const sentence = FIRST_SENTENCE.exec(opening?.text.trim() ?? '')?.[0] ?? ''
  const text = shortenText(sentence.replace(UNPRINTABLE, ' '), MAX_HEADING_CHARS)
  return text ? { text, derived: true } : { text: doc.id, derived: false }
}
