import { memoBounded } from '../doc/bounded-memo.ts'
import { foldWord, isAcronym, isCapitalized } from '../doc/tokenize.ts'
import type { Anchor } from './anchor.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { monthNumber } from './month-number.ts'
import { nameKey } from './name-key.ts'
import { NOT_NAME_WORDS } from './not-name-words.ts'
import { isMagnitude, numberWordValue } from './number-magnitude.ts'
import { paragraphRanges, type Range } from './paragraph-ranges.ts'
import { parseNumber } from './parse-number.ts'
import { type ScannedToken, scanTokens } from './scan-tokens.ts'

// Numbers below ten are written as words as often as digits, and differ between translations.
const MIN_NUMBER = 10
const MIN_FIGURE = 100
const MIN_YEAR = 1800
const MAX_YEAR = 2100
const MAX_DAY = 31
// Number words ("un", "quinze", "dreißig") are short; longer words are not looked up.
const MAX_NUMBER_WORD_CHARS = 12
// Ordinal suffixes between a day and its month: 1er mars, 1st March, 1° marzo (the ° is not a token).
const ORDINAL_SUFFIXES = new Set(['er', 'st', 'nd', 'rd', 'th', 'o'])
const MIN_NAME_CHARS = 3
// What may stand between the end of a sentence and the next word: spaces, quotes, brackets, dashes.
const SENTENCE_OPENERS = /[\s«»"“”„‚‘’'([—–-]/u
const SENTENCE_END = /[.!?…:]/u
// Acronyms longer than this are shouting headlines, not names.
const MAX_ACRONYM_CHARS = 6

/**
 * The document's anchors in text order: figures and dates (normalised across languages and typography), years,
 * URLs, names by consonant skeleton, acronyms and alias-normalised entities. Versions of a piece keep these, in
 * the same order, in every language.
 */
export function findAnchors(
  doc: LinkableDocument,
  scanned: readonly ScannedToken[] = scanTokens(doc.text),
): Anchor[] {
  const { text, lang } = doc
  const tokens = withoutElisions(scanned)
  const paragraphs = paragraphRanges(doc)
  const aliasSpans = aliasEntitySpans(doc)
  const midSentenceNames = new Set<string>()
  // Which words are capitalised, and whether each capitalised word starts a sentence: asked here, per paragraph
  // and again when its anchor is read.
  const capitalised = new Uint8Array(tokens.length)
  const startsSentence = new Uint8Array(tokens.length)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !isCapitalized(token.text)) continue
    capitalised[index] = 1
    if (isSentenceStart(text, token.start)) startsSentence[index] = 1
    else midSentenceNames.add(foldWord(token.text))
  }
  const anchors: Anchor[] = []
  const isList = listParagraphs(tokens, capitalised, paragraphs)
  let paragraph = 0
  let alias = 0
  let start = 0
  // One closure per document, reading where the current token is. The anchor is written out, not spread:
  // spreading objects of two shapes was a third of this function's time. Same keys in the same order.
  const push = (found: Found): void => {
    const { kind, key, skeleton, text } = found
    anchors.push(
      skeleton === undefined
        ? { kind, key, text, paragraph, start }
        : { kind, key, skeleton, text, paragraph, start },
    )
  }
  const context = { tokens, lang, midSentenceNames, capitalised, startsSentence, push }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    while (paragraph < paragraphs.length - 1 && token.start >= paragraphs[paragraph]!.end)
      paragraph++
    if (isList[paragraph]) continue
    while (alias < aliasSpans.length && aliasSpans[alias]!.end <= token.start) alias++
    start = token.start
    const span = aliasSpans[alias]
    if (span && token.start >= span.start) {
      if (token.start === span.start) {
        for (const anchor of canonicalAnchors(span.canonical)) push(anchor)
      }
      continue
    }
    index += readToken(context, index)
  }
  return anchors
}

// French and Italian elide an article into the next word ("l’OTAN", "d’Israël", "dell’Ucraina"), which the scanner
// keeps as one word: the name after the apostrophe is what carries across languages. A capital before the
// apostrophe is a name of its own (O’Brien, D’Alema).
const ELIDED_ARTICLE = /^\p{Ll}{1,5}['’](?=\p{Lu})/u

function withoutElisions(tokens: readonly ScannedToken[]): readonly ScannedToken[] {
  let out: ScannedToken[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const elided =
      token.kind === 'word' && hasApostrophe(token.text) ? ELIDED_ARTICLE.exec(token.text) : null
    if (elided === null) {
      out?.push(token)
      continue
    }
    out ??= tokens.slice(0, index)
    const cut = elided[0].length
    out.push({
      kind: 'word',
      text: token.text.slice(cut),
      start: token.start + cut,
      end: token.end,
    })
  }
  return out ?? tokens
}

function hasApostrophe(word: string): boolean {
  return word.includes('’') || word.includes("'")
}

interface ReadContext {
  readonly tokens: readonly ScannedToken[]
  readonly lang: string | null
  readonly midSentenceNames: ReadonlySet<string>
  /** 1 for a capitalised word. */
  readonly capitalised: Uint8Array
  /** 1 for a capitalised word at the start of a sentence. */
  readonly startsSentence: Uint8Array
  readonly push: (anchor: Found) => void
}

type Found = Omit<Anchor, 'paragraph' | 'start'>

// Paragraphs of mostly capitalised words are tag lists, menus and related-article blocks that a site repeats
// under every article, in the same order; a German paragraph is never this capitalised.
const MIN_LIST_WORDS = 6
const MAX_PROSE_CAPITALISED_SHARE = 0.6

function listParagraphs(
  tokens: readonly ScannedToken[],
  capitalised: Uint8Array,
  paragraphs: readonly Range[],
): boolean[] {
  const words = new Array<number>(paragraphs.length).fill(0)
  const capitalisedWords = new Array<number>(paragraphs.length).fill(0)
  let paragraph = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    while (paragraph < paragraphs.length - 1 && token.start >= paragraphs[paragraph]!.end)
      paragraph++
    if (token.kind !== 'word') continue
    words[paragraph]!++
    if (capitalised[index] === 1) capitalisedWords[paragraph]!++
  }
  return words.map(
    (count, index) =>
      count >= MIN_LIST_WORDS && capitalisedWords[index]! / count > MAX_PROSE_CAPITALISED_SHARE,
  )
}

// Reads the anchor at tokens[index]; returns how many following tokens it consumed.
function readToken(context: ReadContext, index: number): number {
  const { tokens, lang, push } = context
  const token = tokens[index]!
  if (token.kind === 'url') {
    push({ kind: 'url', key: `U${normalizeUrl(token.text)}`, text: token.text })
    return 0
  }
  if (token.kind === 'numeric-date') {
    const date = numericDate(token.text, lang)
    if (date) push({ kind: 'date', key: date, text: token.text })
    return 0
  }
  if (token.kind === 'number') return readNumber(tokens, index, lang, push)
  const next = tokens[index + 1]
  if (next?.kind === 'number' && isDay(next.text)) {
    // "March 12": English writes the month first.
    const month = monthNumber(foldWord(token.text), lang)
    if (month !== undefined) {
      push({
        kind: 'date',
        key: `D${month}-${Number(next.text)}`,
        text: `${token.text} ${next.text}`,
      })
      return 1
    }
  }
  // "un million", "a billion": a number word counts as a figure only when a magnitude scales it.
  if (next?.kind === 'word' && token.text.length <= MAX_NUMBER_WORD_CHARS) {
    const value = numberWordValue(token.text, lang)
    if (value !== undefined && isMagnitude(next.text, lang)) {
      push({ kind: 'figure', key: `#${value}`, text: `${token.text} ${next.text}` })
      return 1
    }
  }
  // Most words are lower case: the cheap test first, folding only for capitalised ones.
  if (context.capitalised[index] !== 1) return 0
  const folded = foldWord(token.text)
  if (context.startsSentence[index] === 1 && !context.midSentenceNames.has(folded)) return 0
  if (NOT_NAME_WORDS.has(folded)) return 0
  const anchor = capitalisedNameAnchor(token.text, lang)
  if (anchor) push(anchor)
  return 0
}

// A capitalised word as a name (by consonant skeleton) or an acronym, or null for words that are neither.
function nameAnchor(word: string, lang: string | null): Found | null {
  if (!isCapitalized(word) || NOT_NAME_WORDS.has(foldWord(word))) return null
  return capitalisedNameAnchor(word, lang)
}

// nameAnchor for a capitalised word already checked against NOT_NAME_WORDS.
function capitalisedNameAnchor(word: string, lang: string | null): Found | null {
  if (isAcronym(word)) {
    return word.length <= MAX_ACRONYM_CHARS
      ? { kind: 'acronym', key: `@${word.replace(/\./gu, '')}`, text: word }
      : null
  }
  if (word.length < MIN_NAME_CHARS) return null
  const name = nameKey(word, lang)
  return name ? { kind: 'name', key: `N${name.key}`, skeleton: name.skeleton, text: word } : null
}

// The alias data's canonical names are English: read them as an English text would be read, so that "UE" in
// French gives the same anchors as "European Union" in English.
function canonicalAnchors(canonical: string): readonly Found[] {
  return memoBounded(canonicalAnchorCache, canonical, MAX_CACHED_CANONICALS, readCanonicalAnchors)
}

// A word too short for a consonant skeleton (Russia, Iran, the Union of European Union: two classes) says nothing
// by its letters, but the alias data has already matched the name's spellings (Russie, Russland, Россия): the
// whole canonical name is then the key, in place of that word ("Union" alone would join the European and the
// Soviet one).
function readCanonicalAnchors(canonical: string): readonly Found[] {
  const anchors: Found[] = []
  let exact = false
  for (const token of scanTokens(canonical)) {
    const anchor = nameAnchor(token.text, 'en')
    if (anchor) anchors.push(anchor)
    else if (isExactNamePart(token.text)) exact = true
  }
  if (exact)
    anchors.push({
      kind: 'name',
      key: `${EXACT_NAME_PREFIX}${foldWord(canonical)}`,
      text: canonical,
    })
  return anchors
}

function isExactNamePart(word: string): boolean {
  return isCapitalized(word) && word.length >= MIN_NAME_CHARS && !NOT_NAME_WORDS.has(foldWord(word))
}

const EXACT_NAME_PREFIX = 'E'

function hasExactNameAnchor(canonical: string): boolean {
  return canonicalAnchors(canonical).some((anchor) => anchor.key.startsWith(EXACT_NAME_PREFIX))
}

// Canonical names come from the alias data and repeat in every document that mentions them; anchors are copied
// out, so the cached ones are never changed.
const MAX_CACHED_CANONICALS = 10_000
const canonicalAnchorCache = new Map<string, readonly Found[]>()

function readNumber(
  tokens: readonly ScannedToken[],
  index: number,
  lang: string | null,
  push: (anchor: Found) => void,
): number {
  const token = tokens[index]!
  let monthAt = index + 1
  if (ORDINAL_SUFFIXES.has(tokens[monthAt]?.text.toLowerCase() ?? '')) monthAt++
  const monthToken = tokens[monthAt]
  const month =
    monthToken && isDay(token.text) ? monthNumber(foldWord(monthToken.text), lang) : undefined
  if (month !== undefined) {
    push({
      kind: 'date',
      key: `D${month}-${Number(token.text)}`,
      text: `${token.text} ${monthToken!.text}`,
    })
    return monthAt - index
  }
  const value = parseNumber(token.text)
  if (value === null) return 0
  // "9 millions", "1,5 Mrd.": a figure however small its digits, keyed by the digits alone.
  const scale = tokens[index + 1]
  if (scale?.kind === 'word' && isMagnitude(scale.text, lang)) {
    push({ kind: 'figure', key: `#${value}`, text: `${token.text} ${scale.text}` })
    return 1
  }
  const number = Number(value)
  if (
    Number.isInteger(number) &&
    number >= MIN_YEAR &&
    number <= MAX_YEAR &&
    /^\d{4}$/u.test(token.text)
  )
    push({ kind: 'year', key: `Y${value}`, text: token.text })
  else if (number >= MIN_FIGURE || !Number.isInteger(number))
    push({ kind: 'figure', key: `#${value}`, text: token.text })
  else if (number >= MIN_NUMBER) push({ kind: 'number', key: `#${value}`, text: token.text })
  return 0
}

function isDay(text: string): boolean {
  const day = Number(text)
  return /^\d{1,2}$/u.test(text) && day >= 1 && day <= MAX_DAY
}

// "11/03/25" is 11 March in French and November 3 in US English; the language data says which.
function numericDate(text: string, lang: string | null): string | null {
  const [a = 0, b = 0] = text.split(/[/.]/u).map(Number)
  const [month, day] = lang === 'en' ? [a, b] : [b, a]
  if (month < 1 || month > 12 || day < 1 || day > MAX_DAY) return null
  return `D${month}-${day}`
}

function isSentenceStart(text: string, start: number): boolean {
  let index = start - 1
  // A plain space is the usual case and needs no regex.
  while (index >= 0) {
    const code = text.charCodeAt(index)
    if (code === NEWLINE) return true
    if (code !== SPACE && !SENTENCE_OPENERS.test(text.charAt(index))) break
    index--
  }
  return index < 0 || SENTENCE_END.test(text.charAt(index))
}

const NEWLINE = 0x0a
const SPACE = 0x20

/** Host and path of a URL, lower-cased, without scheme, "www.", query, fragment or trailing slash. */
export function normalizeUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/u, '')
    .replace(/[?#].*$/u, '')
    .replace(/[/.,;:)»”"]+$/u, '')
}

interface AliasSpan {
  readonly start: number
  readonly end: number
  readonly canonical: string
}

// Entities the alias data normalised to a name spelled differently (UE, ONU, Nations unies → European Union,
// United Nations): their canonical is the anchor, since their letters share nothing across languages. So is the
// canonical of a name too short for a skeleton, even where it is spelled as written ("Russia" in English), so that
// every language's mention gives the same exact key.
function aliasEntitySpans(doc: LinkableDocument): AliasSpan[] {
  return (doc.entities ?? [])
    .filter(
      (entity) =>
        entity.method === 'alias' &&
        (foldWord(entity.text) !== foldWord(entity.canonical) ||
          hasExactNameAnchor(entity.canonical)),
    )
    .map(({ start, end, canonical }) => ({ start, end, canonical }))
    .sort((a, b) => a.start - b.start)
}
