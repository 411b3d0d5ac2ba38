import { parseDate } from '../components/provenance/parse-date.ts'
import { en } from '../lang/en/index.ts'
import { languageData } from '../lang/index.ts'
import type { LinkableDocument } from './linkable-document.ts'

// The dateline or masthead of an article sits in its first lines ("13 mars 2025", "L'Écho des Nations – 15 mars
// 2025 – Par …"); further down, dates are the events the article reports.
const HEAD_LINES = 3
const MAX_HEAD_LINE_CHARS = 160
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/u

/**
 * The date this version was published (ISO YYYY-MM-DD): the container's metadata, the byline's date, or a date
 * in the first lines that no credit ascribes to the original; null when none is found.
 */
export function documentDate(doc: LinkableDocument): string | null {
  const published = doc.source.published
  if (published && ISO_DAY.test(published)) return published.slice(0, 10)
  const byline = (doc.provenance ?? []).find(
    (credit) => (credit.role === 'author' || credit.role === 'republication') && credit.date,
  )
  if (byline?.date) return byline.date
  const originalCredits = (doc.provenance ?? []).filter((credit) => credit.role === 'original')
  const language = languageData(doc.lang) ?? en
  const lines = doc.text.split('\n').filter((line) => line.trim())
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.length > MAX_HEAD_LINE_CHARS) continue
    if (originalCredits.some((credit) => credit.evidence && line.includes(credit.evidence.text)))
      continue
    const date = parseDate(line, language)
    if (date && ISO_DAY.test(date.iso)) return date.iso
  }
  return null
}
