import type { Provenance, ProvenanceRole } from '../../contracts/annotations.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { makeSpan, trimSpan } from '../../doc/span.ts'
import { en } from '../../lang/en/index.ts'
import { languageData } from '../../lang/index.ts'
import type { LanguageData } from '../../lang/language-data.ts'
import { parseDate } from './parse-date.ts'
import { type CreditLine, readCreditLine } from './read-credit-line.ts'

type ProvenanceDoc = AnnotatedDoc<'paragraphs' | 'entities' | 'language'>

// Credit lines are short and sit in the first or last lines of an article.
const MAX_CREDIT_LINE_CHARS = 160
const HEAD_LINES = 4
const TAIL_LINES = 10
const URL_PATTERN = /https?:\/\/[^\s<>"«»“”]+/u
const HANDLE_LINE = /^@([A-Za-z0-9_]{2,30})$/u
const CONFIDENCE = { bareName: 0.75, handle: 0.8, metadata: 0.95 }

/** Reads credit lines (author, original, translator, republisher, via, dates) and the container's metadata. */
export function findProvenance(doc: ProvenanceDoc): Provenance[] {
  const language = languageData(docLang(doc)) ?? en
  const cueLanguages = language === en ? [en] : [language, en]
  const lines = creditLines(doc)
  const found: Provenance[] = []
  for (const line of lines) {
    const credits = readCreditLine(doc.text, line, doc.spans.entities, cueLanguages)
    const bare = credits.length === 0 ? readBareName(doc, line, lines) : null
    for (const credit of bare ? [bare] : credits) {
      const isKnown = found.some(
        (other) =>
          other.role === credit.role &&
          other.evidence?.start === credit.evidence?.start &&
          other.name === credit.name,
      )
      // Authors of one line ("Reporting by X; additional reporting by Y"); not also the name the closing lines
      // repeat under a byline at the head.
      const isSecondAuthor =
        credit.role === 'author' &&
        found.some(
          (other) => other.role === 'author' && other.evidence?.start !== credit.evidence?.start,
        )
      if (!isKnown && !isSecondAuthor) found.push(credit)
    }
  }
  const prefixed = readOutletPrefix(doc, lines)
  if (prefixed && !found.some((item) => item.role === 'original')) found.push(prefixed)
  const handleAuthor = readHandles(doc)
  if (handleAuthor && !found.some((item) => item.role === 'author')) found.push(handleAuthor)
  const author = found.find((item) => item.role === 'author')
  for (const item of found) {
    // The original of a thread is the thread's author's.
    if (item.role === 'original' && !item.name && !item.outlet && !item.url && author?.name) {
      Object.assign(item, { name: author.name })
    }
  }
  if (doc.source.byline && !found.some((item) => item.role === 'author'))
    found.push(bylineCredit(doc.source.byline, language))
  return creditAuthorsOutlet(mergeOriginals(found)).sort(
    (a, b) => ROLE_ORDER_INDEX[a.role] - ROLE_ORDER_INDEX[b.role],
  )
}

const ROLE_ORDER_INDEX: Readonly<Record<ProvenanceRole, number>> = {
  author: 0,
  original: 1,
  translation: 2,
  republication: 3,
  via: 4,
}

function creditLines(doc: ProvenanceDoc): CreditLine[] {
  const lines: CreditLine[] = []
  const paragraphs = doc.spans.paragraphs
  paragraphs.forEach((paragraph, index) => {
    const isHead = index < HEAD_LINES
    const isTail = index >= paragraphs.length - TAIL_LINES
    if (!isHead && !isTail) return
    let start = paragraph.start
    for (const part of paragraph.text.split('\n')) {
      const span = trimSpan(doc.text, start, start + part.length)
      start += part.length + 1
      if (span.end > span.start && span.text.length <= MAX_CREDIT_LINE_CHARS)
        lines.push({ ...span, index, isHead, isTitle: index === 0 && span.text === doc.title })
    }
  })
  return lines
}

// A line holding only a person's name among the closing credits ("Pepe Escobar" above "source : …").
function readBareName(
  doc: ProvenanceDoc,
  line: CreditLine,
  lines: readonly CreditLine[],
): Provenance | null {
  const entity = doc.spans.entities.find(
    (candidate) => candidate.start === line.start && candidate.end === line.end,
  )
  // A person, or a two-to-four-word name the entity rules could not place, alone on a credit line.
  const isName =
    entity?.label === 'PER' || (entity?.label === 'MISC' && /^\S+(?: \S+){1,3}$/u.test(entity.text))
  if (!entity || !isName) return null
  const neighbours = lines.filter(
    (other) => Math.abs(other.index - line.index) <= 2 && other !== line,
  )
  const nearCredits = neighbours.some(
    (other) =>
      URL_PATTERN.test(other.text) ||
      /^(source|traduction|translated|quelle|fonte|fuente|übersetzung)/iu.test(other.text),
  )
  if (!nearCredits && !line.isHead) return null
  return {
    role: 'author',
    name: entity.canonical,
    evidence: makeSpan(doc.text, line.start, line.end),
    from: 'text',
    confidence: CONFIDENCE.bareName,
  }
}

// A republished thread keeps its author's handle on lines of their own ("@ClintEhrlich").
function readHandles(doc: ProvenanceDoc): Provenance | null {
  for (const paragraph of doc.spans.paragraphs) {
    const match = HANDLE_LINE.exec(paragraph.text)
    if (!match) continue
    const entity = doc.spans.entities.find(
      (candidate) => candidate.start >= paragraph.start && candidate.end <= paragraph.end,
    )
    // "@ClintEhrlich" is the handle of "Clint Ehrlich" when a person of that name is in the document.
    const handle = (match[1] ?? '').toLowerCase()
    const person = doc.spans.entities.find(
      (candidate) =>
        candidate.label === 'PER' &&
        candidate.canonical.replace(/[\s.'’-]/gu, '').toLowerCase() === handle,
    )
    const name = entity?.label === 'PER' ? entity.canonical : (person?.canonical ?? `@${match[1]}`)
    return {
      role: 'author',
      name,
      evidence: makeSpan(doc.text, paragraph.start, paragraph.end),
      from: 'text',
      confidence: CONFIDENCE.handle,
    }
  }
  return null
}

// "By Steppe Monitor staff · 13 March 2025": the byline's name without its lead word, separators and date.
function bylineCredit(byline: string, language: LanguageData): Provenance {
  const date = parseDate(byline, language) ?? parseDate(byline, en)
  const name = (date ? byline.replace(date.text, '') : byline)
    .replace(BYLINE_LEAD, '')
    .replace(/[\s·|•,–—-]+$/u, '')
    .trim()
  const credit: Provenance = {
    role: 'author',
    name,
    evidence: null,
    from: 'metadata',
    confidence: CONFIDENCE.metadata,
  }
  if (date) {
    credit.date = date.iso
    credit.dateText = date.text
  }
  return credit
}

const BYLINE_LEAD = /^(?:by|par|von|di|por|автор:?)\s+/iu

// Two credits for one original (a dated "article original" line and a "source: URL" line) describe one work.
function mergeOriginals(credits: Provenance[]): Provenance[] {
  const originals = credits.filter((item) => item.role === 'original')
  if (originals.length < 2) return credits
  const [first, ...rest] = originals
  const merged: Provenance = { ...first! }
  for (const other of rest) {
    for (const key of ['name', 'outlet', 'url', 'date', 'dateText'] as const) {
      const value = other[key]
      if (merged[key] === undefined && value !== undefined) merged[key] = value
    }
  }
  return [...credits.filter((item) => item.role !== 'original'), merged]
}

// A translation credits its author's outlet as the original's ("Par Helga Streibl (Der Abendkurier) – traduction
// de l'allemand", "Дэниел Уиткомб, The Meridian Review, США" above "Перевод …") when no credit names the original.
function creditAuthorsOutlet(credits: Provenance[]): Provenance[] {
  const author = credits.find((item) => item.role === 'author' && item.outlet)
  const isTranslation = credits.some((item) => item.role === 'translation')
  if (!author?.outlet || !isTranslation || credits.some((item) => item.role === 'original'))
    return credits
  return [
    ...credits,
    {
      role: 'original',
      outlet: author.outlet,
      evidence: author.evidence,
      from: author.from,
      confidence: author.confidence,
    },
  ]
}

// "The Westbridge Post (Великобритания): переворот в Тассаре": a title that opens with a foreign outlet and its
// country, as translation digests head the pieces they translate, names the original.
const OUTLET_PREFIX = /^([^():«»"]{2,60}?)\s*\(([^()]{2,40})\)\s*:\s*\S/u
const MAX_PREFIX_WORDS = 6

function readOutletPrefix(doc: ProvenanceDoc, lines: readonly CreditLine[]): Provenance | null {
  const title = lines.find((line) => line.index === 0)
  const match = title ? OUTLET_PREFIX.exec(title.text) : null
  if (!title || !match) return null
  const [, outlet = '', country = ''] = match
  const countryStart = title.start + match[0].indexOf(`(${country})`) + 1
  const isCountry = doc.spans.entities.some(
    (entity) =>
      entity.label === 'LOC' &&
      entity.start === countryStart &&
      entity.end === countryStart + country.length,
  )
  const isName = /^\p{Lu}/u.test(outlet) && outlet.split(/\s+/u).length <= MAX_PREFIX_WORDS
  if (!isCountry || !isName) return null
  return {
    role: 'original',
    outlet: outlet.trim(),
    evidence: makeSpan(doc.text, title.start, title.end),
    from: 'text',
    confidence: CONFIDENCE.bareName,
  }
}
