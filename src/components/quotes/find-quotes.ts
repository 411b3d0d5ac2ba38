import type { Entity, Quote, Speaker } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { firstStartAtOrAfter, makeSpan, spanAt, spansStartingIn, trimSpan } from '../../doc/span.ts'
import { foldWord, tokenize } from '../../doc/tokenize.ts'
import { en } from '../../lang/en/index.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import { ALL_QUOTE_PAIRS, languageData } from '../../lang/index.ts'
import type { LanguageData } from '../../lang/language-data.ts'
import { findCitedDocuments } from '../sourcing/find-cited-documents.ts'
import { findQuoteMarks, type QuotedSpan } from './find-quote-marks.ts'
import { findSpeechCues, type SpeechCue } from './speech-cues.ts'

// Quoted fragments shorter than this with nobody speaking are scare quotes or titles, not quotations.
const MIN_UNATTRIBUTED_WORDS = 6
// A speaker carried over from an earlier sentence applies to quotes of at least this many words only.
const MIN_INHERITED_WORDS = 3
// How far (in characters) a reporting verb may stand before a short quote and still introduce it.
const MAX_CUE_DISTANCE_SHORT_QUOTE = 80
// How many words an unnamed speaker phrase ("the minister", "a protester") may have.
const MAX_SPEAKER_PHRASE_WORDS = 6
const SPEAKER_LABELS = new Set(['PER', 'ORG', 'MISC'])
// The last colon or semicolon of a stretch of text (a search for it returns -1 when there is none).
const CLAUSE_BREAK_AT_END = /[;:](?=[^;:]*$)/u
// Words that announce a title rather than speech, in the languages we read.
const TITLE_CUE =
  /(?:intitul[ée]e?s?|entitled|titled|intitolat[oa]|titulad[oa]|betitelt|mit dem Titel|под названием)\s*[:,]?\s*$/iu
// Share of capitalised words (of four letters or more) above which a quoted phrase is a title in title case.
const TITLE_CASE_SHARE = 0.7
const UNRESOLVED = 'unresolved'
// How many of the latest quotes can overlap a new indirect quote (they are found in text order).
const RECENT_QUOTES = 8
const PRONOUN_LOOKBACK_MENTIONS = 300
// How many sentences back a document part ("Le chapitre 4") may refer to the document cited.
const DOCUMENT_LOOKBACK_SENTENCES = 2
const CONFIDENCE = {
  sameSentence: 0.85,
  colon: 0.75,
  pronoun: 0.7,
  inherited: 0.6,
  none: 0.5,
  indirect: 0.65,
}

type QuoteDoc = AnnotatedDoc<'paragraphs' | 'sentences' | 'entities' | 'language'>

interface Attribution {
  speaker: Speaker
  cue: Span | null
  confidence: number
}

/** Finds direct quotations (between quote marks) and indirect speech, and who said them. */
export function findQuotes(doc: QuoteDoc): Quote[] {
  const language = languageData(docLang(doc))
  const reader = new QuoteReader(doc, language ?? en, language?.quotePairs ?? ALL_QUOTE_PAIRS)
  return reader.read()
}

class QuoteReader {
  private readonly text: string
  private readonly entities: readonly Entity[]
  /** Speakers in order of appearance, for pronouns and carried-over quotes. */
  private lastSpeaker: Attribution | null = null
  private readonly quotes: Quote[] = []
  /** Where the cues already used by a quote start, so that a cue serves once. */
  private readonly usedCues = new Set<number>()
  /** Where the last quoted title closed, to recognise its translation in brackets right after it. */
  private lastTitleEnd = -1
  private readonly wordCounts = new Map<QuotedSpan, number>()

  constructor(
    private readonly doc: QuoteDoc,
    private readonly language: LanguageData,
    private readonly pairs: readonly (readonly [string, string])[],
  ) {
    this.text = doc.text
    this.entities = doc.spans.entities
  }

  read(): Quote[] {
    for (const paragraph of this.doc.spans.paragraphs) this.readParagraph(paragraph)
    return this.quotes.sort((a, b) => a.start - b.start)
  }

  private readParagraph(paragraph: Span): void {
    const marks = findQuoteMarks(this.text, paragraph, this.pairs).filter(
      (mark) => mark.depth === 0,
    )
    const sentences = spansStartingIn(this.doc.spans.sentences, paragraph.start, paragraph.end)
    let paragraphSpeaker: Attribution | null = null
    const previousSpeaker = this.lastSpeaker
    // Marks are sorted by their opening: walk them alongside the sentences instead of filtering per sentence.
    let firstOpen = 0
    let open: QuotedSpan[] = []
    for (const sentence of sentences) {
      open = open.filter((mark) => mark.close > sentence.start)
      const quoted: QuotedSpan[] = []
      while (firstOpen < marks.length && marks[firstOpen]!.open < sentence.end) {
        const mark = marks[firstOpen++]!
        if (mark.open >= sentence.start) quoted.push(mark)
        if (mark.close > sentence.start) open.push(mark)
      }
      const inside = open
      const cues = findSpeechCues(this.text, sentence.start, sentence.end, this.language).filter(
        (cue) => !inside.some((mark) => cue.start >= mark.open && cue.end <= mark.close),
      )
      for (const mark of quoted) {
        if (this.isName(mark.inner) || this.isTitle(mark)) {
          this.lastTitleEnd = mark.close
          continue
        }
        const found = this.attributeInSentence(
          mark,
          sentence,
          cues,
          this.cuesAfter(mark, sentence, marks),
        )
        // A reporting verb follows the quote but names nobody we can resolve: say so, carry nobody over.
        const attribution =
          found === UNRESOLVED
            ? null
            : (found ??
              this.inherit(
                mark,
                sentence,
                paragraph,
                paragraphSpeaker,
                previousSpeaker,
                cues.length > 0,
              ) ??
              this.documentSpeaker(mark, sentence, paragraph))
        const words = this.wordsOf(mark)
        if (!attribution && words < MIN_UNATTRIBUTED_WORDS) continue
        this.quotes.push({
          ...mark.inner,
          kind: 'direct',
          speaker: attribution?.speaker ?? null,
          cue: attribution?.cue ?? null,
          confidence: attribution?.confidence ?? CONFIDENCE.none,
        })
        if (attribution?.cue) this.usedCues.add(attribution.cue.start)
        if (attribution) paragraphSpeaker = this.remember(attribution)
      }
      for (const cue of cues) {
        if (this.usedCues.has(cue.start)) continue
        const subject = this.subjectOf(cue, sentence)
        if (subject) paragraphSpeaker = this.remember(subject)
        this.readIndirect(cue, sentence, subject, inside)
      }
    }
  }

  // A quotation that runs into the next sentence is attributed by the verb after it:
  // "“… not a protest. It was a prepared assault …,” he said".
  private cuesAfter(mark: QuotedSpan, sentence: Span, marks: readonly QuotedSpan[]): SpeechCue[] {
    const closing = spanAt(this.doc.spans.sentences, mark.close - 1)
    if (!closing || closing.start === sentence.start) return []
    return findSpeechCues(this.text, mark.close, closing.end, this.language).filter(
      (cue) => !marks.some((other) => cue.start >= other.open && cue.end <= other.close),
    )
  }

  // Titles of reports, books and films are quoted, not said: "a report entitled “Pressure Points: …”",
  // a translated title in brackets after it, or a run of capitalised words.
  private isTitle(mark: QuotedSpan): boolean {
    const before = this.text.slice(Math.max(0, mark.open - 25), mark.open)
    if (TITLE_CUE.test(before)) return true
    if (/\(\s*$/u.test(before) && this.lastTitleEnd >= 0 && mark.open - this.lastTitleEnd <= 4)
      return true
    const words = mark.inner.text.split(/\s+/u).filter((word) => /^\p{L}{4,}/u.test(word))
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
    return (
      words.length >= 3 &&
      capitalised / words.length >= TITLE_CASE_SHARE &&
      !/[.!?]$/u.test(mark.inner.text)
    )
  }

  // « Organisation du traité de sécurité collective »: a name in quote marks is not a quotation.
  private isName(inner: Span): boolean {
    const covered = spansStartingIn(this.entities, inner.start, inner.end)
      .filter((entity) => entity.end <= inner.end)
      .reduce((sum, entity) => sum + entity.end - entity.start, 0)
    return covered >= 0.8 * (inner.end - inner.start)
  }

  // A quote's word count is asked by several rules in turn: counted once per quote.
  private wordsOf(mark: QuotedSpan): number {
    let words = this.wordCounts.get(mark)
    if (words === undefined) {
      words = wordCount(mark.inner.text)
      this.wordCounts.set(mark, words)
    }
    return words
  }

  private remember(attribution: Attribution): Attribution {
    this.lastSpeaker = attribution
    return attribution
  }

  private attributeInSentence(
    mark: QuotedSpan,
    sentence: Span,
    cues: readonly SpeechCue[],
    cuesAfter: readonly SpeechCue[],
  ): Attribution | typeof UNRESOLVED | null {
    const before = cues.filter((cue) => cue.end <= mark.open && cue.kind === 'verb')
    const nearest = before[before.length - 1]
    const isShort = this.wordsOf(mark) < MIN_UNATTRIBUTED_WORDS
    if (nearest && (!isShort || mark.open - nearest.end <= MAX_CUE_DISTANCE_SHORT_QUOTE)) {
      const subject = this.subjectOf(nearest, sentence)
      if (subject) return subject
    }
    const colon = this.text.lastIndexOf(':', mark.open)
    const colonIntroduces =
      !isShort ||
      (this.wordsOf(mark) >= MIN_INHERITED_WORDS &&
        mark.open - colon <= MAX_CUE_DISTANCE_SHORT_QUOTE)
    if (
      colon >= sentence.start &&
      colonIntroduces &&
      !cues.some((cue) => cue.start > colon && cue.end <= mark.open)
    ) {
      const entity = this.lastEntityBetween(sentence.start, colon)
      if (entity)
        return this.fromEntity(
          entity,
          makeSpan(this.text, colon, colon + 1),
          'same-sentence',
          CONFIDENCE.colon,
        )
    }
    const after = [...cues, ...cuesAfter].find(
      (cue) => cue.start >= mark.close && cue.kind === 'verb',
    )
    if (after) return this.speakerAfterQuote(mark, after, sentence) ?? UNRESOLVED
    return null
  }

  // "« … », a déclaré Poutine", "“…,” the minister said", "“…,” said Jane Roe".
  private speakerAfterQuote(mark: QuotedSpan, cue: SpeechCue, sentence: Span): Attribution | null {
    if (cue.hasInvertedPronoun) return this.resolvePronoun(cue)
    const cueSentence = spanAt(this.doc.spans.sentences, cue.start) ?? sentence
    const entityBefore = this.lastEntityBetween(mark.close, cue.start)
    if (entityBefore)
      return this.fromEntity(entityBefore, cue, 'same-sentence', CONFIDENCE.sameSentence)
    // "“…,” the minister said", "“…,” he told CPA": an unnamed speaker or a pronoun before the verb.
    const between = cleanPhrase(this.text, mark.close, cue.start)
    if (between && this.startsWithPronoun(between.text)) return this.resolvePronoun(cue)
    if (between && !startsWithPreposition(between.text)) return this.fromPhrase(between, cue)
    const entityAfter = this.firstEntityBetween(cue.end, Math.min(cueSentence.end, cue.end + 80))
    if (entityAfter)
      return this.fromEntity(entityAfter, cue, 'same-sentence', CONFIDENCE.sameSentence)
    // "«…», dijo a este diario una vecina de Miraz que pidió …": the speaker follows the verb.
    const after = cleanPhrase(this.text, cue.end, this.phraseEnd(cue.end, cueSentence.end))
    if (after && this.startsWithPronoun(after.text)) return this.resolvePronoun(cue)
    return after && !startsWithPreposition(after.text) ? this.fromPhrase(after, cue) : null
  }

  private complementFollows(cue: Span, sentence: Span): boolean {
    const complementizers = foldedSet(this.language.complementizers)
    return tokenize(this.text, cue.end, sentence.end)
      .slice(0, 2)
      .some((token) => complementizers.has(token.folded))
  }

  private subjectPhraseBefore(start: number, cueStart: number): Span | null {
    // "Borovia's foreign ministry has described …": a possessive noun phrase.
    const possessive = POSSESSIVE_SUBJECT.exec(this.text.slice(start, cueStart))
    if (possessive?.[1]) {
      const from = start + possessive.index
      return makeSpan(this.text, from, from + possessive[1].length)
    }
    const words = tokenize(this.text, start, cueStart)
    const clause = words.slice(-MAX_SUBJECT_PHRASE_WORDS)
    const first = clause.findIndex((token) => DETERMINERS.has(token.folded))
    if (first === -1) return null
    const from = clause[first]!.start
    if (/[,;:.!?()«»“”"]/u.test(this.text.slice(from, cueStart))) return null
    // "The government had said": the auxiliary belongs to the verb, not to the subject.
    const auxiliaries = foldedSet(this.language.auxiliaryVerbs)
    let last = clause.length - 1
    while (last > first && auxiliaries.has(clause[last]!.folded)) last--
    return trimSpan(this.text, from, last === clause.length - 1 ? cueStart : clause[last]!.end)
  }

  private fromPhrase(phrase: Span, cue: Span): Attribution {
    return {
      speaker: {
        text: phrase.text,
        canonical: phrase.text,
        start: phrase.start,
        end: phrase.end,
        resolution: 'same-sentence',
      },
      cue: spanOf(cue),
      confidence: CONFIDENCE.colon,
    }
  }

  // The end of a noun phrase: the next comma, relative pronoun or sentence end.
  private phraseEnd(start: number, limit: number): number {
    const tokens = tokenize(this.text, start, limit)
    for (const token of tokens) {
      if (RELATIVE_PRONOUNS.has(token.folded)) return token.start
      if (/[,;:.!?(]/u.test(this.text.slice(start, token.start)))
        return this.text.slice(start, token.start).search(/[,;:.!?(]/u) + start
    }
    return limit
  }

  private inherit(
    mark: QuotedSpan,
    sentence: Span,
    paragraph: Span,
    paragraphSpeaker: Attribution | null,
    previousSpeaker: Attribution | null,
    hasSpeechCue: boolean,
  ): Attribution | null {
    const words = this.wordsOf(mark)
    if (words < MIN_INHERITED_WORDS) return null
    // A new subject before the quote ("Les Nations unies ont réclamé une enquête « … »") is not the old speaker,
    // unless the sentence has no reporting verb and quotes a whole clause: it goes on with the speech already
    // reported ("Poutine a déclaré : « … ». L'OTSC sera sur le terrain …, mais « bien sûr, l'ensemble du
    // contingent sera retiré du pays »").
    const subject = this.lastEntityBetween(sentence.start, mark.open)
    const continuesSpeech =
      paragraphSpeaker !== null && !hasSpeechCue && words >= MIN_UNATTRIBUTED_WORDS
    if (subject && subject.canonical !== paragraphSpeaker?.speaker.canonical && !continuesSpeech)
      return null
    if (paragraphSpeaker)
      return withResolution(paragraphSpeaker, 'previous-sentence', CONFIDENCE.inherited)
    // A quotation that opens a paragraph, or follows a bare colon ("voici l'argument décisif : « … »"),
    // continues the speaker of the paragraph before.
    const opensParagraph = this.text.slice(paragraph.start, mark.open).trim() === ''
    const colon = this.text.lastIndexOf(':', mark.open)
    const followsColon = colon >= sentence.start && !this.lastEntityBetween(sentence.start, colon)
    if (previousSpeaker && (opensParagraph || followsColon)) {
      return withResolution(previousSpeaker, 'paragraph', CONFIDENCE.inherited)
    }
    return null
  }

  // "… dans un rapport de 2019 de la RAND corporation. Le chapitre 4 détaille tout, de « fournir une aide
  // létale à l'Ukraine » …": a sentence whose subject is a document, or a part of the one just cited, quotes it.
  private documentSpeaker(mark: QuotedSpan, sentence: Span, paragraph: Span): Attribution | null {
    if (this.wordsOf(mark) < MIN_INHERITED_WORDS) return null
    const subject = tokenize(this.text, sentence.start, mark.open).slice(
      0,
      MAX_SUBJECT_PHRASE_WORDS,
    )
    const nouns = foldedSet([...this.language.documentNouns, ...this.language.documentPartNouns])
    if (!subject.some((token) => nouns.has(token.folded))) return null
    const sentences = spansStartingIn(this.doc.spans.sentences, paragraph.start, sentence.end)
    for (let index = sentences.length - 1; index >= 0; index--) {
      const candidate = sentences[index]!
      const end = candidate.start === sentence.start ? mark.open : candidate.end
      const tokens = tokenize(this.text, candidate.start, end)
      const cited = findCitedDocuments(this.text, candidate, tokens, this.entities, this.language)
      const last = cited[cited.length - 1]
      if (last)
        return {
          speaker: {
            text: last.phrase.text,
            canonical: last.canonical,
            start: last.phrase.start,
            end: last.phrase.end,
            resolution: candidate.start === sentence.start ? 'same-sentence' : 'previous-sentence',
          },
          cue: null,
          confidence: CONFIDENCE.inherited,
        }
      if (sentences.length - index > DOCUMENT_LOOKBACK_SENTENCES) break
    }
    return null
  }

  /** Who is the subject of a reporting verb: a pronoun, the nearest named speaker before it, or one after it. */
  private subjectOf(cue: SpeechCue, sentence: Span): Attribution | null {
    if (cue.hasInvertedPronoun) return this.resolvePronoun(cue)
    if (cue.kind === 'attribution') {
      // "selon le président Tokaïev", "laut dem Kreml": the source is named in the marker's own clause, not
      // past a comma ("wie es für sie ist, Amerikaner zu sein").
      const end = clauseEnd(this.text, cue.end, Math.min(sentence.end, cue.end + 60))
      const entity = this.firstEntityBetween(cue.end, end)
      return entity ? this.fromEntity(entity, cue, 'same-sentence', CONFIDENCE.sameSentence) : null
    }
    const wordsBefore = tokenize(this.text, sentence.start, cue.start)
    const previousWord = wordsBefore[wordsBefore.length - 1]
    if (previousWord && this.isPronoun(previousWord.text)) return this.resolvePronoun(cue)
    const entity = this.subjectBefore(sentence.start, cue.start)
    if (entity) return this.fromEntity(entity, cue, 'same-sentence', CONFIDENCE.sameSentence)
    // "The foundation said in a statement that …": an unnamed subject phrase right before the verb.
    const phrase = this.subjectPhraseBefore(sentence.start, cue.start)
    if (phrase) return this.fromPhrase(phrase, cue)
    // "Voici un message de l'activiste X", "a déclaré Poutine": the speaker follows the cue.
    // … unless a complementizer follows the verb: "Certains affirment que la fondation X …" reports X, not speaks.
    if (this.complementFollows(cue, sentence)) return null
    const following = this.firstEntityBetween(cue.end, Math.min(sentence.end, cue.end + 40))
    if (following && following.label === 'PER')
      return this.fromEntity(following, cue, 'same-sentence', CONFIDENCE.colon)
    return null
  }

  // "l'Institut Halvorsen, un think tank lié à l'OTAN, a publié": the subject stands before the apposition,
  // unless the apposition is the name itself ("le fondateur de la NED, Carl Gershman, a déclaré").
  private subjectBefore(start: number, cueStart: number): Entity | undefined {
    const before = this.text.slice(start, cueStart)
    if (/,\s*$/u.test(before)) {
      const closing = start + before.lastIndexOf(',')
      const opening = this.text.lastIndexOf(',', closing - 1)
      if (opening >= start) {
        const named = spansStartingIn(this.entities, opening + 1, closing).find(
          (entity) => entity.end <= closing && entity.label === 'PER',
        )
        if (named) return named
        const head = this.lastEntityBetween(start, opening)
        if (head) return head
      }
    }
    return this.lastEntityBetween(start, cueStart)
  }

  // A pronoun refers to the last speaker, unless a person has been named since ("Le président Témirov n'a pas
  // mâché ses mots. « … », a-t-il déclaré").
  private resolvePronoun(cue: Span): Attribution | null {
    const person = this.lastPersonBefore(cue.start)
    const spokeAt = this.lastSpeaker?.speaker.start ?? -1
    if (this.lastSpeaker && (!person || person.start <= spokeAt)) {
      return withResolution(this.lastSpeaker, 'pronoun', CONFIDENCE.pronoun, cue)
    }
    return person ? this.fromEntity(person, cue, 'pronoun', CONFIDENCE.pronoun) : null
  }

  private lastPersonBefore(offset: number): Entity | undefined {
    const last = firstStartAtOrAfter(this.entities, offset) - 1
    // A pronoun's antecedent is near: look back over the last few hundred mentions at most.
    for (let index = last; index >= Math.max(0, last - PRONOUN_LOOKBACK_MENTIONS); index--) {
      const entity = this.entities[index]!
      if (entity.end <= offset && entity.label === 'PER') return entity
    }
    return undefined
  }

  private startsWithPronoun(phrase: string): boolean {
    return this.isPronoun(phrase.split(/\s+/u)[0] ?? '')
  }

  private isPronoun(word: string): boolean {
    return this.language.subjectPronouns.includes(foldWord(word))
  }

  // The speaker is in the same clause as its verb: no colon or semicolon between them. People come first
  // ("le président du Kazakhstan, Tokayev, a demandé le soutien de l'OTSC, affirmant que …" is Tokayev).
  private lastEntityBetween(start: number, end: number): Entity | undefined {
    const clauseStart = Math.max(
      start,
      this.text.slice(start, end).search(CLAUSE_BREAK_AT_END) + start,
    )
    let person: Entity | undefined
    let other: Entity | undefined
    let place: Entity | undefined
    for (const entity of spansStartingIn(this.entities, clauseStart, end)) {
      if (entity.end > end) continue
      // A country or city speaks for its government ("La Borovie dénonce …"), after any person or organisation.
      if (entity.label === 'LOC') place = entity
      if (!SPEAKER_LABELS.has(entity.label)) continue
      if (entity.label === 'PER') person = entity
      else if (entity.label === 'ORG' || !other || other.label === 'MISC') other = entity
    }
    return person ?? other ?? place
  }

  private firstEntityBetween(start: number, end: number): Entity | undefined {
    return spansStartingIn(this.entities, start, end).find(
      (entity) => entity.end <= end && SPEAKER_LABELS.has(entity.label),
    )
  }

  private fromEntity(
    entity: Entity,
    cue: Span,
    resolution: Speaker['resolution'],
    confidence: number,
  ): Attribution {
    return {
      speaker: {
        text: entity.text,
        canonical: entity.canonical,
        start: entity.start,
        end: entity.end,
        resolution,
      },
      cue: spanOf(cue),
      confidence: confidence * Math.min(1, entity.confidence + 0.1),
    }
  }

  // "Il affirme que …", "X said that …", "selon X, …": reported speech without quote marks.
  private readIndirect(
    cue: SpeechCue,
    sentence: Span,
    subject: Attribution | null,
    marks: readonly QuotedSpan[],
  ): void {
    if (!subject) return
    const clause =
      cue.kind === 'attribution'
        ? this.attributedClause(cue, sentence)
        : this.complementClause(cue, sentence)
    if (!clause || wordCount(clause.text) < 3) return
    if (
      marks.some(
        (mark) =>
          mark.open < clause.end &&
          mark.close > clause.start &&
          mark.inner.text.length > clause.text.length / 2,
      )
    )
      return
    // Quotes are added in text order: only the latest few can reach into this sentence.
    if (
      this.quotes
        .slice(-RECENT_QUOTES)
        .some((quote) => quote.start < clause.end && clause.start < quote.end)
    )
      return
    this.quotes.push({
      ...clause,
      kind: 'indirect',
      speaker: subject.speaker,
      cue: spanOf(cue),
      confidence: CONFIDENCE.indirect * subject.confidence + 0.1,
    })
  }

  private complementClause(cue: Span, sentence: Span): Span | null {
    const following = tokenize(this.text, cue.end, sentence.end).slice(0, 6)
    const complementizers = foldedSet(this.language.complementizers)
    const word = following.find((token) => complementizers.has(token.folded.replace(/'$/u, "'")))
    if (!word) return null
    return stripFinalPunctuation(this.text, word.end, sentence.end)
  }

  // "Selon Kulov, Massimov … ont supervisé …" → the clause after the comma; "…, selon X." → the clause before.
  private attributedClause(cue: Span, sentence: Span): Span | null {
    const before = this.text.slice(sentence.start, cue.start).trim()
    if (before.length > 20) return stripFinalPunctuation(this.text, sentence.start, cue.start)
    const comma = this.text.indexOf(',', cue.end)
    if (comma === -1 || comma >= sentence.end) return null
    return stripFinalPunctuation(this.text, comma + 1, sentence.end)
  }
}

function withResolution(
  attribution: Attribution,
  resolution: Speaker['resolution'],
  confidence: number,
  cue: Span | null = attribution.cue,
): Attribution {
  return {
    speaker: { ...attribution.speaker, resolution },
    cue,
    confidence: Math.min(attribution.confidence, confidence),
  }
}

function spanOf(cue: Span): Span {
  return { start: cue.start, end: cue.end, text: cue.text }
}

// A short phrase without its surrounding punctuation, or null when it is empty or too long to name a speaker.
function cleanPhrase(text: string, start: number, end: number): Span | null {
  const raw = text.slice(start, end)
  const leading = raw.length - raw.replace(/^[\s,;:–—-]+/u, '').length
  const cleaned = raw.replace(/^[\s,;:–—-]+|[\s,;:.–—-]+$/gu, '')
  const words = wordCount(cleaned)
  if (words === 0 || words > MAX_SPEAKER_PHRASE_WORDS) return null
  return makeSpan(text, start + leading, start + leading + cleaned.length)
}

// How many words an unnamed subject ("the foundation", "les autorités locales") may have.
const MAX_SUBJECT_PHRASE_WORDS = 4
const DETERMINERS = new Set([
  'the',
  'le',
  'la',
  'les',
  "l'",
  'der',
  'die',
  'das',
  'il',
  'lo',
  'gli',
  'el',
  'los',
  'las',
  // Vague quantifiers make anonymous subjects: "certains analystes", "some experts", "plusieurs responsables".
  'certains',
  'certaines',
  'plusieurs',
  'some',
  'several',
  'many',
  'einige',
  'alcuni',
  'algunos',
])
const POSSESSIVE_SUBJECT =
  /(\p{Lu}[\p{L}-]*['’]s(?:\s+(?!has\b|have\b|had\b)[\p{Ll}-]+){1,3})\s+(?:has\s+|have\s+|had\s+)?$/u

// A phrase opening with a preposition ("in einer Mitteilung", "to reporters") says where, not who.
const PREPOSITIONS = new Set([
  'in',
  'to',
  'at',
  'on',
  'from',
  'à',
  'dans',
  'en',
  'sur',
  'auprès',
  'im',
  'am',
  'zu',
  'bei',
  'a',
  'al',
  'en',
  'di',
  'da',
  'su',
  'во',
  'в',
  'на',
])

function startsWithPreposition(phrase: string): boolean {
  return PREPOSITIONS.has((phrase.split(/\s+/u)[0] ?? '').toLowerCase())
}

const RELATIVE_PRONOUNS = new Set([
  'que',
  'qui',
  'who',
  'which',
  'that',
  'der',
  'die',
  'che',
  'il quale',
  'который',
  'которая',
])

function stripFinalPunctuation(text: string, start: number, end: number): Span {
  let to = end
  while (to > start && /[\s.,;:!?…]/u.test(text[to - 1] ?? '')) to--
  return trimSpan(text, start, to)
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** Index of the first comma, semicolon or colon in text[from, to), or `to` when there is none. */
function clauseEnd(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2c || code === 0x3b || code === 0x3a) return index
  }
  return to
}
