import type { Entity, Provenance, ProvenanceRole } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { makeSpan } from '../../doc/span.ts'
import { foldWord } from '../../doc/tokenize.ts'
import type { CreditWords, LanguageData } from '../../lang/language-data.ts'
import {
  isPerson,
  MAX_NAME_WORDS,
  personIn,
  readPlainPart,
  withoutDate,
  wordCount,
} from './classify-credit-part.ts'
import type { CreditLine, LineContext, Part } from './credit-line-types.ts'
import { cuePieces, foldedCuesOf, isCueEnd } from './find-credit-cues.ts'
import { type ParsedDate, parseDate } from './parse-date.ts'
import {
  afterSourceLanguage,
  dropLeadingWords,
  readOutletName,
  readTranslationNames,
} from './read-credit-words.ts'
import { type CreditSegment, splitCreditLine } from './split-credit-line.ts'

export type { CreditLine } from './credit-line-types.ts'

const URL_PATTERN = /https?:\/\/[^\s<>"«»“”()]+/u
const CONFIDENCE = { cue: 0.9, bareName: 0.75 }
// "Igor Vetrov." may end a byline; a line of more words ending in a full stop is a sentence.
const MAX_BYLINE_SENTENCE_WORDS = 6

/**
 * Reads every credit of one line: "Par Helga Streibl (Der Abendkurier) – traduction de l'allemand : Marc Delorme
 * pour Horizons critiques" is an author with the outlet of the original and a translator working for an outlet.
 * A line with no cue is a credit only when all its parts are names, outlets and dates ("Daniel Whitcombe – 5 avril
 * 2025" at the head of an article); a sentence is not.
 */
export function readCreditLine(
  text: string,
  line: CreditLine,
  entities: readonly Entity[],
  languages: readonly LanguageData[],
): Provenance[] {
  // Most lines at the head and the tail are headlines and sentences: a line below the head is read only when a
  // cue or a language's name stands in it (a name alone down there is readBareName's to judge).
  // A byline without a cue is names, outlets and dates, not a sentence ending in a full stop.
  if ((!line.isHead || line.isTitle || isSentence(line.text)) && !mayHoldCue(line.text, languages))
    return []
  const dated = readOriginalDateLine(text, line, languages)
  if (dated) return [dated]
  const date = firstDate(line.text, languages)
  const url = URL_PATTERN.exec(line.text)
  const keep = [
    ...(date ? [{ start: date.start, end: date.end }] : []),
    ...(url ? [{ start: url.index, end: url.index + url[0].length }] : []),
  ]
  const context: LineContext = {
    text,
    line,
    entities: entities.filter((entity) => entity.start >= line.start && entity.end <= line.end),
    languages,
    words: creditWordsOf(languages),
    date,
    url: url?.[0] ?? null,
  }
  const parts = splitCreditLine(line.text, keep).flatMap((segment) => readSegment(segment, context))
  return assembleCredits(parts, context)
}

function assembleCredits(parts: readonly Part[], context: LineContext): Provenance[] {
  const { line, text } = context
  const hasCue = parts.some((part) => part.kind === 'cue')
  // Without a cue, a line is a credit only at the head of the article and only when it is all names and dates;
  // a lone name among the closing lines is readBareName's to judge.
  if (!hasCue && (!line.isHead || line.isTitle || parts.some((part) => part.kind === 'other')))
    return []
  const credits: Provenance[] = []
  const evidence = makeSpan(text, line.start, line.end)
  let last: Provenance | null = null
  let consumed = -1
  parts.forEach((part, index) => {
    if (index === consumed) return
    const next = parts[index + 1]
    if (part.kind === 'cue') {
      // A cue right before another is a label ("Source: Lire l'article complet de X"); an empty one takes
      // the next part as its payload ("Перевод с немецкого — редакция ВЗГЛЯД-Европа").
      if (!part.payload && next?.kind === 'cue') return
      let payload = part.payload
      const isEmpty = !payload || afterSourceLanguage(payload, context.words) === ''
      if (isEmpty && next && next.kind !== 'cue' && next.kind !== 'date') {
        payload = next.text
        consumed = index + 1
      }
      const read = creditOf(part.role, payload, context, evidence)
      credits.push(...read)
      last = read[0] ?? last
    } else if (part.kind === 'person') {
      if (credits.some((credit) => credit.role === 'author')) return
      last = {
        role: 'author',
        name: part.name,
        evidence,
        from: 'text',
        confidence: hasCue ? CONFIDENCE.cue : CONFIDENCE.bareName,
      }
      credits.push(last)
    } else if (part.kind === 'outlet') {
      // "Helga Streibl (Der Abendkurier)", "Claire Donnelly, The Atlantic Ledger": the outlet of the credit
      // right before it (not a section's second name: "Kategorie: Energie, Geopolitik").
      const before = parts[index - 1]?.kind
      const follows =
        before === 'person' || before === 'cue' || before === 'date' || before === 'place'
      if (last && follows && !last.outlet && !last.url && last.role !== 'translation')
        last.outlet = part.name
    } else if (part.kind === 'url' && context.url) {
      const target: Provenance | undefined = last ?? credits[0]
      if (target && !target.url) target.url = context.url
    }
  })
  // "Le Quotidien de l'Économie – 15 mars 2024": a byline naming only its outlet credits the outlet's staff.
  // One word beside a date is more often a weekday or a rubric ("Donnerstag, 7. Juli 2022") than an outlet.
  const outlet = parts.find((part) => part.kind === 'outlet' && wordCount(part.name) > 1)
  if (
    credits.length === 0 &&
    outlet &&
    'name' in outlet &&
    parts.some((part) => part.kind === 'date')
  )
    credits.push({
      role: 'author',
      outlet: outlet.name,
      evidence,
      from: 'text',
      confidence: CONFIDENCE.bareName,
    })
  if (context.date) {
    // The line's date is its author's (the publication) or its original's; a translator's line rarely dates.
    const target =
      credits.find((credit) => !credit.date && credit.role !== 'translation') ??
      credits.find((credit) => !credit.date)
    if (target) {
      target.date = context.date.iso
      target.dateText = context.date.text
    }
  }
  // "(extrait)" in a title names no one: a republication or a via credit must say where from.
  return credits.filter(
    (credit) =>
      (credit.role !== 'republication' && credit.role !== 'via') ||
      credit.outlet ||
      credit.url ||
      credit.name,
  )
}

function creditOf(
  role: ProvenanceRole,
  payload: string,
  context: LineContext,
  evidence: Span,
): Provenance[] {
  const credit: Provenance = { role, evidence, from: 'text', confidence: CONFIDENCE.cue }
  const { words } = context
  const url = URL_PATTERN.exec(payload)?.[0]
  const cleaned = withoutDate(url ? payload.replace(url, '') : payload, context.date)
  if (url) credit.url = url
  if (role === 'author') {
    const name =
      personIn(cleaned, context) ??
      firstPersonIn(cleaned, context) ??
      dropLeadingWords(cleaned, words.byPerson)
    if (!name || wordCount(name) > MAX_NAME_WORDS) return []
    credit.name = name
  } else if (role === 'translation') {
    const names = readTranslationNames(cleaned, words, (who) => isPerson(who, context))
    if (names.person) credit.name = personIn(names.person, context) ?? names.person
    if (names.outlet) credit.outlet = names.outlet
    // "Traduction de CaitlinJohnstone.com par Aube Digitale": the translation names its original too.
    if (names.original)
      return [
        credit,
        {
          role: 'original',
          outlet: names.original,
          evidence,
          from: 'text',
          confidence: CONFIDENCE.cue,
        },
      ]
  } else {
    const outlet = url ? domainOf(url) : readOutletName(cleaned, words)
    if (outlet) credit.outlet = outlet
  }
  return [credit]
}

// "Marek Zielinski in Warsaw": the person an entity finds in the payload.
function firstPersonIn(payload: string, context: LineContext): string | null {
  const at = context.line.text.indexOf(payload)
  if (at === -1) return null
  const start = context.line.start + at
  const end = start + payload.length
  return (
    context.entities.find(
      (entity) => entity.label === 'PER' && entity.start >= start && entity.end <= end,
    )?.canonical ?? null
  )
}

// One part of a line: the cues it holds split it ("traduction d'un article de Marco Tellini paru dans Il Fatto
// Globale" is a translation credit, an author and an original).
function readSegment(segment: CreditSegment, context: LineContext): Part[] {
  const pieces = cuePieces(segment, context)
  return pieces.map((piece) =>
    piece.role
      ? { kind: 'cue' as const, role: piece.role, payload: piece.payload }
      : readPlainPart(piece.payload, segment, context),
  )
}

// "Article original datant du 09/01/22": the whole line dates the original.
function readOriginalDateLine(
  text: string,
  line: CreditLine,
  languages: readonly LanguageData[],
): Provenance | null {
  const folded = foldWord(line.text)
  for (const language of languages) {
    for (const cue of foldedCuesOf(language).originalDate) {
      if (!folded.startsWith(cue.folded) || !isCueEnd(folded, cue.folded.length)) continue
      const rest = line.text.slice(cue.text.length)
      const date = parseDate(rest, language)
      const credit: Provenance = {
        role: 'original',
        evidence: makeSpan(text, line.start, line.end),
        from: 'text',
        confidence: CONFIDENCE.cue,
      }
      if (date) {
        credit.date = date.iso
        credit.dateText = date.text
      }
      const outlet = readOutletName(withoutDate(rest, date), creditWordsOf([language]))
      if (outlet) credit.outlet = outlet
      return credit
    }
  }
  return null
}

// The credit words of the document's language and English, as one list each.
const creditWordTables = new Map<string, CreditWords>()

function creditWordsOf(languages: readonly LanguageData[]): CreditWords {
  const key = languages.map((language) => language.code).join('+')
  const known = creditWordTables.get(key)
  if (known) return known
  const merged = (pick: (words: CreditWords) => readonly string[]) => [
    ...new Set(languages.flatMap((language) => pick(language.provenanceCues.creditWords))),
  ]
  const words: CreditWords = {
    fromLanguage: merged((words) => words.fromLanguage),
    languageNames: merged((words) => words.languageNames),
    byPerson: merged((words) => words.byPerson),
    forOutlet: merged((words) => words.forOutlet),
    inOutlet: merged((words) => words.inOutlet),
    editorialTeam: merged((words) => words.editorialTeam),
    articles: merged((words) => words.articles),
    outletWords: merged((words) => words.outletWords),
  }
  creditWordTables.set(key, words)
  return words
}

function isSentence(line: string): boolean {
  return /[.!?…]$/u.test(line) && line.split(/\s+/u).length > MAX_BYLINE_SENTENCE_WORDS
}

function mayHoldCue(line: string, languages: readonly LanguageData[]): boolean {
  const folded = foldWord(line)
  return languages.some((language) => cueWordsOf(language).some((word) => folded.includes(word)))
}

// Every cue of a language and its language names, folded, for the quick test above.
const cueWordTables = new WeakMap<LanguageData, readonly string[]>()

function cueWordsOf(language: LanguageData): readonly string[] {
  const known = cueWordTables.get(language)
  if (known) return known
  const { creditWords, ...cues } = language.provenanceCues
  const words = [...Object.values(cues).flat(), ...creditWords.languageNames].map((word) =>
    foldWord(word),
  )
  cueWordTables.set(language, words)
  return words
}

function firstDate(text: string, languages: readonly LanguageData[]): ParsedDate | null {
  for (const language of languages) {
    const date = parseDate(text, language)
    if (date) return date
  }
  return null
}

function domainOf(url: string): string {
  if (!URL.canParse(url)) return url.replace(/^https?:\/\//u, '').split('/')[0] ?? url
  return new URL(url).hostname.replace(/^www\./u, '')
}
