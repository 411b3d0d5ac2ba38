import type { AnnotatedDoc } from '../../doc/doc.ts'
import { spanIndexOfEach } from '../../doc/span.ts'
import { foldWord, isCapitalized, type Token, tokenize } from '../../doc/tokenize.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import type { LanguageData } from '../../lang/language-data.ts'
import { nameLexicon } from '../../lang/multi/name-lexicon.ts'

/** Everything the entity rules look up about one document, computed once. */
export interface EntityContext {
  readonly text: string
  readonly lang: string | null
  readonly tokens: readonly Token[]
  readonly words: readonly string[]
  readonly isSentenceStart: readonly boolean[]
  readonly lowercaseWords: ReadonlySet<string>
  readonly capitalisedMidSentence: ReadonlySet<string>
  /** Words the language's corpus writes in lower case (from the name lexicon), if we have them. */
  readonly commonWords: ReadonlySet<string>
  readonly givenNames: ReadonlySet<string>
  readonly stopwords: ReadonlySet<string>
  readonly commonCapitalised: ReadonlySet<string>
  readonly connectors: ReadonlySet<string>
  readonly titles: readonly string[][]
  readonly singleWordTitles: ReadonlySet<string>
  readonly organizationNouns: ReadonlySet<string>
  readonly ministryNouns: ReadonlySet<string>
  readonly portfolios: ReadonlySet<string>
  readonly locationPrepositions: ReadonlySet<string>
  readonly capitalisesNouns: boolean
}

// After an opening quote, a bracket, a colon or a dash, the next word is capitalised like a sentence start.
const OPENERS = /[«“"„([:—–]\s*$/u
const LIST_MARKER = /^\s*\p{N}{1,3}\s*[/.)–-]\s*$/u
const NO_WORDS: ReadonlySet<string> = new Set()
const SPACE = 0x20
// LIST_MARKER's opening: a text that does not start like this is no list marker, however far it runs.
const NUMBER_FIRST = /\s*\p{N}/uy

const titleCache = new WeakMap<LanguageData, string[][]>()

// Person titles as folded word sequences, once per language.
function tokenizedTitles(language: LanguageData | null): string[][] {
  if (!language) return []
  const cached = titleCache.get(language)
  if (cached) return cached
  const titles = language.personTitles.map((title) => tokenize(title).map((token) => token.folded))
  titleCache.set(language, titles)
  return titles
}

const NO_LANGUAGE_WORDS = { commonCapitalised: NO_WORDS, singleWordTitles: NO_WORDS }
const languageWordCache = new WeakMap<
  LanguageData,
  { commonCapitalised: ReadonlySet<string>; singleWordTitles: ReadonlySet<string> }
>()

// Capitalised common nouns with the month names, and one-word person titles: built once per language.
function languageWords(language: LanguageData | null): {
  commonCapitalised: ReadonlySet<string>
  singleWordTitles: ReadonlySet<string>
} {
  if (!language) return NO_LANGUAGE_WORDS
  const cached = languageWordCache.get(language)
  if (cached) return cached
  const months = Object.keys(language.months).map(foldWord)
  const words = {
    commonCapitalised: new Set([...language.capitalisedCommonNouns, ...months]),
    singleWordTitles: new Set(
      language.personTitles
        .filter((title) => !title.includes(' '))
        .map((title) => foldWord(title.replace(/\.$/u, ''))),
    ),
  }
  languageWordCache.set(language, words)
  return words
}

/** Builds the lookup context of a document's tokens for its language. */
export function buildEntityContext(
  doc: AnnotatedDoc<'sentences'>,
  tokens: readonly Token[],
  lang: string | null,
  language: LanguageData | null,
): EntityContext {
  const text = doc.text
  const sentences = doc.spans.sentences
  // Each token's sentence, looked up once (the previous token's is the last one looked up).
  const sentenceOf = spanIndexOfEach(tokens, sentences)
  // Whether the text from each sentence's start can be a list marker, decided once per sentence: most words
  // follow a plain space in a sentence that starts with a letter, and skip both regexes.
  const mayStartWithNumber = new Map<number, boolean>()
  const isSentenceStart = tokens.map((token, index) => {
    const previous = tokens[index - 1]
    const sentence = sentenceOf[index]!
    if (!previous || sentence !== sentenceOf[index - 1]) return true
    const gapLength = token.start - previous.end
    const isPlainSpace = gapLength === 1 && text.charCodeAt(previous.end) === SPACE
    if (!isPlainSpace && OPENERS.test(text.slice(previous.end, token.start))) return true
    // "5/ Certains analystes", "2) Les groupes": a numbered point starts like a sentence.
    const sentenceStart = sentences[sentence]?.start ?? 0
    let mayBeList = mayStartWithNumber.get(sentenceStart)
    if (mayBeList === undefined) {
      NUMBER_FIRST.lastIndex = sentenceStart
      mayBeList = NUMBER_FIRST.test(text)
      mayStartWithNumber.set(sentenceStart, mayBeList)
    }
    return mayBeList && LIST_MARKER.test(text.slice(sentenceStart, token.start))
  })
  const lowercaseWords = new Set<string>()
  const capitalisedMidSentence = new Set<string>()
  tokens.forEach((token, index) => {
    if (!isCapitalized(token.text)) lowercaseWords.add(token.folded)
    else if (!isSentenceStart[index]) capitalisedMidSentence.add(token.folded)
  })
  const lexicon = nameLexicon()
  return {
    text,
    lang,
    tokens,
    words: tokens.map((token) => token.text),
    isSentenceStart,
    lowercaseWords,
    capitalisedMidSentence,
    commonWords: (lang && lexicon.commonWords[lang]) || NO_WORDS,
    givenNames: lexicon.givenNames,
    stopwords: foldedSet(language?.stopwords ?? []),
    ...languageWords(language),
    connectors: foldedSet(language?.nameConnectors ?? []),
    titles: tokenizedTitles(language),
    organizationNouns: foldedSet(language?.organizationNouns ?? []),
    ministryNouns: foldedSet(language?.ministryNouns ?? []),
    portfolios: foldedSet(language?.portfolios ?? []),
    locationPrepositions: foldedSet(language?.locationPrepositions ?? []),
    capitalisesNouns: language?.capitalisesNouns ?? false,
  }
}
