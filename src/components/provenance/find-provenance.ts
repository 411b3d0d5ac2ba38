import type { Provenance, ProvenanceRole } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { makeSpan, trimSpan } from '../../doc/span.ts'
import { foldWord } from '../../doc/tokenize.ts'
import { en } from '../../lang/en/index.ts'
import { languageData } from '../../lang/index.ts'
import type { LanguageData, ProvenanceCues } from '../../lang/language-data.ts'
import { parseDate } from './parse-date.ts'

type ProvenanceDoc = AnnotatedDoc<'paragraphs' | 'entities' | 'language'>

// Credit lines are short and sit in the first or last lines of an article.
const MAX_CREDIT_LINE_CHARS = 160
const HEAD_LINES = 4
const TAIL_LINES = 10
const URL_PATTERN = /https?:\/\/[^\s<>"«»“”]+/u
const HANDLE_LINE = /^@([A-Za-z0-9_]{2,30})$/u
const CONFIDENCE = { cue: 0.9, bareName: 0.75, handle: 0.8, metadata: 0.95 }
// Most specific first: "Source: Lire l'article complet de X" is a republication credit, not an original.
const ROLE_ORDER: readonly (keyof ProvenanceCues & ProvenanceRole)[] = [
  'republication',
  'translation',
  'original',
  'via',
  'author',
]

interface Line extends Span {
  readonly index: number
  readonly isHead: boolean
}

/** Reads credit lines (author, original, translator, republisher, via, dates) and the container's metadata. */
export function findProvenance(doc: ProvenanceDoc): Provenance[] {
  const language = languageData(docLang(doc)) ?? en
  const cueLanguages = language === en ? [en] : [language, en]
  const lines = creditLines(doc)
  const found: Provenance[] = []
  for (const line of lines) {
    const credit = readCreditLine(doc, line, cueLanguages) ?? readBareName(doc, line, lines)
    if (
      credit &&
      !found.some(
        (other) => other.role === credit.role && other.evidence?.start === credit.evidence?.start,
      )
    ) {
      found.push(credit)
    }
  }
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
  return mergeOriginals(found).sort((a, b) => ROLE_ORDER_INDEX[a.role] - ROLE_ORDER_INDEX[b.role])
}

const ROLE_ORDER_INDEX: Readonly<Record<ProvenanceRole, number>> = {
  author: 0,
  original: 1,
  translation: 2,
  republication: 3,
  via: 4,
}

function creditLines(doc: ProvenanceDoc): Line[] {
  const lines: Line[] = []
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
        lines.push({ ...span, index, isHead })
    }
  })
  return lines
}

function readCreditLine(
  doc: ProvenanceDoc,
  line: Line,
  languages: readonly LanguageData[],
): Provenance | null {
  const folded = foldWord(line.text)
  for (const language of languages) {
    for (const cue of foldedCuesOf(language).originalDate) {
      if (folded.startsWith(cue.folded))
        return buildCredit(doc, line, 'original', cue.text.length, language)
    }
  }
  // Of every cue the line holds, the one that ends last names the credit: "Source: Lire l'article complet
  // de X" is a republication credit, "Extrait. Lire la suite sur X" too.
  let best: { role: ProvenanceRole; end: number; language: LanguageData } | null = null
  for (const role of ROLE_ORDER) {
    for (const language of languages) {
      for (const cue of foldedCuesOf(language)[role]) {
        const at = folded.indexOf(cue.folded)
        if (at === -1 || !isCueAt(folded, at)) continue
        if (role === 'author' && !line.isHead) continue
        if (!best || at + cue.text.length > best.end)
          best = { role, end: at + cue.text.length, language }
      }
    }
  }
  return best ? buildCredit(doc, line, best.role, best.end, best.language) : null
}

type FoldedCues = {
  readonly [K in keyof ProvenanceCues]: readonly { text: string; folded: string }[]
}

// Every line is compared with every cue of one or two languages: the cues are folded once per language.
const foldedCueTables = new WeakMap<LanguageData, FoldedCues>()

function foldedCuesOf(language: LanguageData): FoldedCues {
  const known = foldedCueTables.get(language)
  if (known) return known
  const cues = language.provenanceCues
  const fold = (list: readonly string[]) => list.map((text) => ({ text, folded: foldWord(text) }))
  const table: FoldedCues = {
    author: fold(cues.author),
    original: fold(cues.original),
    translation: fold(cues.translation),
    republication: fold(cues.republication),
    via: fold(cues.via),
    originalDate: fold(cues.originalDate),
    publishedDate: fold(cues.publishedDate),
  }
  foldedCueTables.set(language, table)
  return table
}

// Cues must open the line ("source : …", "traduction X") — except republication phrases, which may follow
// a "Source:" prefix.
// Cues open the line, or follow a short label ("Source: …") or a first sentence ("Extrait. …").
function isCueAt(folded: string, at: number): boolean {
  if (at === 0) return true
  return /^[\p{L}\s]{0,12}[:.]\s*$/u.test(folded.slice(0, at))
}

function buildCredit(
  doc: ProvenanceDoc,
  line: Line,
  role: ProvenanceRole,
  cueEnd: number,
  language: LanguageData,
): Provenance {
  const rest = line.text.slice(cueEnd).replace(/^[\s:.,–—-]+|[\s.,;–—-]+$/gu, '')
  const url = URL_PATTERN.exec(rest)?.[0]
  const date = parseDate(rest, language)
  const withoutUrl = url ? rest.replace(url, '').trim() : rest
  const withoutDate = date
    ? withoutUrl
        .replace(date.text, '')
        .replace(/\b(du|le|on|am|del|il)\s*$/iu, '')
        .trim()
    : withoutUrl
  const entity = doc.spans.entities.find(
    (candidate) => candidate.start >= line.start && candidate.end <= line.end,
  )
  const credit: Provenance = {
    role,
    evidence: makeSpan(doc.text, line.start, line.end),
    from: 'text',
    confidence: CONFIDENCE.cue,
  }
  if (url) credit.url = url
  const outlet = url ? domainOf(url) : withoutDate.replace(/^(de|of|by|par|von|di)\s+/iu, '')
  if (role === 'author' && entity?.label === 'PER') credit.name = entity.canonical
  else if (role === 'author' && outlet) credit.name = outlet
  else if (outlet) credit.outlet = outlet
  if (date) {
    credit.date = date.iso
    credit.dateText = date.text
  }
  return credit
}

// A line holding only a person's name among the closing credits ("Pepe Escobar" above "source : …").
function readBareName(doc: ProvenanceDoc, line: Line, lines: readonly Line[]): Provenance | null {
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

function domainOf(url: string): string {
  if (!URL.canParse(url)) return url.replace(/^https?:\/\//u, '').split('/')[0] ?? url
  return new URL(url).hostname.replace(/^www\./u, '')
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
