import type { Entity, Quote, Sourcing, SourcingKind } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { PhraseMatcher } from '../../doc/phrase-matcher.ts'
import { makeSpan, spanAt, spansStartingIn } from '../../doc/span.ts'
import { foldWord, type Token, tokenize } from '../../doc/tokenize.ts'
import { en } from '../../lang/en/index.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import { languageData } from '../../lang/index.ts'
import type { LanguageData } from '../../lang/language-data.ts'
import { findSpeechCues } from '../quotes/speech-cues.ts'
import { findCitedDocuments } from './find-cited-documents.ts'

type SourcingDoc = AnnotatedDoc<'sentences' | 'entities' | 'quotes' | 'language'>

// How many words a source phrase ("une source de renseignements très haut placée en Asie centrale") may span.
const MAX_SOURCE_WORDS = 10
// How close (in words) a reporting verb must follow an unnamed source noun for it to be the source's verb.
const MAX_WORDS_TO_VERB = 6
const CONFIDENCE = { quoted: 0.85, attributed: 0.75, anonymousPhrase: 0.7, document: 0.6 }
const PHRASE_STOP = /[,;:.!?()«»“”"]/u

/** Finds every attribution of information and classifies its source: named, organization, document or anonymous. */
export function findSourcing(doc: SourcingDoc): Sourcing[] {
  const language = languageData(docLang(doc)) ?? en
  const found: Sourcing[] = []
  // Attributions come in text order, quotes first then sentence by sentence: an overlap can only be with an
  // attribution already found at a nearby offset, which a sorted index answers without scanning them all.
  const taken = new IntervalIndex()
  const add = (item: Sourcing | null) => {
    if (item && !taken.overlaps(item)) {
      found.push(item)
      taken.add(item)
    }
  }
  for (const quote of doc.spans.quotes) add(fromQuote(doc, quote))
  for (const sentence of doc.spans.sentences) {
    const tokens = tokenize(doc.text, sentence.start, sentence.end)
    for (const item of anonymousSources(doc, sentence, tokens, language)) add(item)
    for (const item of documentSources(doc, sentence, tokens, language)) add(item)
  }
  return found.sort((a, b) => a.start - b.start)
}

function fromQuote(doc: SourcingDoc, quote: Quote): Sourcing | null {
  const speaker = quote.speaker
  if (!speaker || speaker.start === undefined || speaker.end === undefined) return null
  const sentence =
    spanAt(doc.spans.sentences, quote.start) ?? makeSpan(doc.text, quote.start, quote.end)
  const entity = spansStartingIn(doc.spans.entities, speaker.start, speaker.start + 1)[0]
  const language = languageData(docLang(doc)) ?? en
  const kind: SourcingKind = entity
    ? kindOfEntity(entity)
    : isAnonymousPhrase(speaker.text, language)
      ? 'anonymous'
      : isDocumentPhrase(speaker.text, language)
        ? 'document'
        : isOrganizationPhrase(speaker.text, language)
          ? 'organization'
          : 'named'
  return {
    ...makeSpan(doc.text, speaker.start, speaker.end),
    kind,
    canonical: kind === 'anonymous' ? null : speaker.canonical,
    cue: quote.cue,
    sentence: makeSpan(doc.text, sentence.start, sentence.end),
    confidence: Math.min(CONFIDENCE.quoted, quote.confidence + 0.1),
  }
}

// People, and names the rules could not place (MISC), are named sources; organisations and places as actors
// ("Moscou estime que …") are organisations.
function kindOfEntity(entity: Entity): SourcingKind {
  return entity.label === 'PER' || entity.label === 'MISC' ? 'named' : 'organization'
}

// "rapport de 2019 de la RAND corporation": a speaker phrase headed by a document noun is a document.
function isDocumentPhrase(phrase: string, language: LanguageData): boolean {
  const head = tokenize(phrase)[0]
  return head !== undefined && foldedSet(language.documentNouns).has(head.folded)
}

// German writes a body's kind at the end of a compound ("Außenministerium"); a short one ("Rat") ends other words
// too ("Demokrat").
const MIN_COMPOUND_HEAD_CHARS = 5

// "the interior ministry", "Borovia's foreign ministry", "les autorités", "das Außenministerium": an unnamed body,
// not a person.
function isOrganizationPhrase(phrase: string, language: LanguageData): boolean {
  const nouns = foldedSet(language.organizationNouns)
  return tokenize(phrase).some(
    (token) =>
      nouns.has(token.folded) ||
      (language.capitalisesNouns &&
        [...nouns].some(
          (noun) => noun.length >= MIN_COMPOUND_HEAD_CHARS && token.folded.endsWith(noun),
        )),
  )
}

function isAnonymousPhrase(phrase: string, language: LanguageData): boolean {
  const nouns = foldedSet(language.anonymousSourceNouns)
  return tokenize(phrase).some((token) => nouns.has(token.folded))
}

// "selon une source de renseignements très haut placée", "Les sources des services secrets kirghizes attribuent",
// "a senior official who asked not to be named": an unnamed source noun that is cited or that speaks.
function anonymousSources(
  doc: SourcingDoc,
  sentence: Span,
  tokens: readonly Token[],
  language: LanguageData,
): Sourcing[] {
  const text = doc.text
  const results: Sourcing[] = []
  const sourceNouns = foldedSet(language.anonymousSourceNouns)
  const stops = foldedSet(language.phraseStopWords)
  const markers = tokenizedMarkers(language)
  const verbs = findSpeechCues(text, sentence.start, sentence.end, language).filter(
    (cue) => cue.kind === 'verb',
  )
  tokens.forEach((token, index) => {
    if (!sourceNouns.has(token.folded)) return
    // "source : https://…" is a credit line, not a source of information.
    if (/^\s*:/u.test(text.slice(token.end, token.end + 3))) return
    const phraseStart = determinerStart(tokens, index, text)
    const phraseEnd = phraseEndFrom(tokens, index, text, stops)
    const isCited = markerBefore(tokens, phraseStart, markers)
    const verb = verbs.find(
      (cue) =>
        cue.start >= tokens[phraseEnd]!.end &&
        wordsBetween(text, tokens[phraseEnd]!.end, cue.start) <= MAX_WORDS_TO_VERB,
    )
    if (!isCited && !verb) return
    const start = tokens[phraseStart]!.start
    const end = tokens[phraseEnd]!.end
    if (
      spansStartingIn(doc.spans.entities, start, end).some(
        (entity) => entity.end <= end && entity.label === 'PER',
      )
    )
      return
    const cue = verb ? makeSpan(text, verb.start, verb.end) : null
    results.push({
      ...makeSourcing(doc, start, end, 'anonymous', null, sentence, CONFIDENCE.attributed),
      cue,
    })
  })
  const phrases = anonymousPhraseMatcher(language)
  for (let index = 0; index < tokens.length; index++) {
    const match = phrases.matchAt(tokens, index)
    if (!match) continue
    const start = tokens[match.first]!.start
    const end = tokens[match.last]!.end
    results.push(
      makeSourcing(doc, start, end, 'anonymous', null, sentence, CONFIDENCE.anonymousPhrase),
    )
    index = match.last
  }
  return results
}

function documentSources(
  doc: SourcingDoc,
  sentence: Span,
  tokens: readonly Token[],
  language: LanguageData,
): Sourcing[] {
  return findCitedDocuments(doc.text, sentence, tokens, doc.spans.entities, language).map(
    ({ phrase, canonical }) =>
      makeSourcing(
        doc,
        phrase.start,
        phrase.end,
        'document',
        canonical,
        sentence,
        CONFIDENCE.document,
      ),
  )
}

const phraseMatchers = new WeakMap<LanguageData, PhraseMatcher>()

function anonymousPhraseMatcher(language: LanguageData): PhraseMatcher {
  const cached = phraseMatchers.get(language)
  if (cached) return cached
  const matcher = new PhraseMatcher(language.anonymousSourcePhrases)
  phraseMatchers.set(language, matcher)
  return matcher
}

const markerCache = new WeakMap<LanguageData, string[][]>()

// Attribution markers as folded word sequences, once per language.
function tokenizedMarkers(language: LanguageData): string[][] {
  const cached = markerCache.get(language)
  if (cached) return cached
  const markers = language.attributionMarkers.map((marker) =>
    tokenize(marker).map((token) => token.folded),
  )
  markerCache.set(language, markers)
  return markers
}

function makeSourcing(
  doc: SourcingDoc,
  start: number,
  end: number,
  kind: SourcingKind,
  canonical: string | null,
  sentence: Span,
  confidence: number,
): Sourcing {
  return {
    ...makeSpan(doc.text, start, end),
    kind,
    canonical,
    cue: null,
    sentence: makeSpan(doc.text, sentence.start, sentence.end),
    confidence,
  }
}

// Back to the determiner: "une source", "les sources", "a senior official".
function determinerStart(tokens: readonly Token[], index: number, text: string): number {
  let start = index
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    if (PHRASE_STOP.test(text.slice(tokens[back]!.end, tokens[start]!.start))) break
    const word = tokens[back]!.folded
    start = back
    if (DETERMINERS.has(word)) break
  }
  return DETERMINERS.has(tokens[start]!.folded) || start === index ? start : index
}

const DETERMINERS = new Set([
  'un',
  'une',
  'des',
  'les',
  'le',
  'la',
  "l'",
  'plusieurs',
  'deux',
  'trois',
  'nos',
  'a',
  'an',
  'the',
  'two',
  'three',
  'several',
  'some',
  'one',
  'ein',
  'eine',
  'die',
  'der',
  'mehrere',
  'una',
  'uno',
  'le',
  'alcune',
  'unas',
])

// Forward over the source's modifiers until punctuation, a verb cue or the word limit.
function phraseEndFrom(
  tokens: readonly Token[],
  index: number,
  text: string,
  stops: ReadonlySet<string>,
): number {
  let end = index
  for (let next = index + 1; next < tokens.length && next - index < MAX_SOURCE_WORDS; next++) {
    if (PHRASE_STOP.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) break
    if (stops.has(tokens[next]!.folded)) break
    end = next
  }
  return end
}

function markerBefore(
  tokens: readonly Token[],
  start: number,
  markers: readonly string[][],
): boolean {
  return markers.some((marker) =>
    marker.every(
      (word, offset) => foldWord(tokens[start - marker.length + offset]?.text ?? '') === word,
    ),
  )
}

function wordsBetween(text: string, start: number, end: number): number {
  return tokenize(text, start, end).length
}

// Non-overlapping intervals kept sorted by start; overlap queries by binary search.
class IntervalIndex {
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  overlaps(span: { start: number; end: number }): boolean {
    const index = this.insertionPoint(span.start)
    const before = index - 1
    if (before >= 0 && this.ends[before]! > span.start) return true
    return index < this.starts.length && this.starts[index]! < span.end
  }

  add(span: { start: number; end: number }): void {
    const index = this.insertionPoint(span.start)
    this.starts.splice(index, 0, span.start)
    this.ends.splice(index, 0, span.end)
  }

  private insertionPoint(start: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.starts[middle]! < start) low = middle + 1
      else high = middle
    }
    return low
  }
}
