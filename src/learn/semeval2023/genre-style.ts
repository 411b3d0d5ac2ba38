import { GENRE_CUE_GROUPS, type GenreCues, genreCues } from '../../lang/genre-cues.ts'
import { foldText } from './char-classes.ts'
import type { ArticleInput } from './scan-article.ts'

/**
 * Article-level features of how a text speaks (what tells opinion, reporting and satire apart beyond its words):
 * how often it says "I", "we" and "you", how often it attributes ("said", "according to"), how much it quotes,
 * asks and exclaims per sentence, how long its sentences are, how many numbers it gives, whether its first body
 * paragraph opens with a dateline ("MOSCOU –"), and how long its title is. Values lie in [0, 1].
 */
export const GENRE_STYLE_FEATURES: readonly string[] = [
  ...GENRE_CUE_GROUPS.map((group) => `rate:${group}`),
  'quotesPerSentence',
  'questionSentences',
  'exclamationSentences',
  'sentenceWordsLog',
  'numbersPerWord',
  'dateline',
  'titleWordsLog',
]

// Scale of each cue family's rate per word so that typical articles land in [0, 1]: attribution words are rarer
// than pronouns.
const RATE_SCALE: Readonly<Record<(typeof GENRE_CUE_GROUPS)[number], number>> = {
  firstSingular: 25,
  firstPlural: 25,
  second: 25,
  attribution: 50,
}
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu
const NUMBER = /^\p{N}/u
const QUOTE = /["«»“”„]/gu
// An opening dateline: a place in capitals (letters, spaces, dots, apostrophes), then a dash, a comma or a
// parenthesis ("MOSCOU –", "WASHINGTON (Reuters) -", "BERLIN, 3. März").
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{2,}\s*[–—(,-]/u

/** A language's cue lists compiled for lookup: exact words, and prefixes of the `*` entries. */
interface CompiledGenreCues {
  readonly exact: ReadonlyMap<string, number>
  readonly prefixes: readonly { readonly prefix: string; readonly group: number }[]
}

const compiled = new Map<string, CompiledGenreCues | null>()

function compiledCues(lang: string | null): CompiledGenreCues | null {
  const key = lang ?? ''
  if (!compiled.has(key)) compiled.set(key, compile(genreCues(lang)))
  return compiled.get(key) ?? null
}

function compile(cues: GenreCues | null): CompiledGenreCues | null {
  if (!cues) return null
  const exact = new Map<string, number>()
  const prefixes: { prefix: string; group: number }[] = []
  GENRE_CUE_GROUPS.forEach((group, index) => {
    for (const word of cues[group]) {
      const folded = foldText(word)
      if (folded.endsWith('*')) prefixes.push({ prefix: folded.slice(0, -1), group: index })
      else exact.set(folded, index)
    }
  })
  return { exact, prefixes }
}

/** The genre style of an article (see GENRE_STYLE_FEATURES). */
export function genreStyle(input: ArticleInput): Float32Array {
  const values = new Float32Array(GENRE_STYLE_FEATURES.length)
  const cues = compiledCues(input.lang)
  const groups = new Float64Array(GENRE_CUE_GROUPS.length)
  let words = 0
  let numbers = 0
  for (const match of foldText(input.text).matchAll(WORD)) {
    const word = match[0]
    words++
    if (NUMBER.test(word)) numbers++
    if (!cues) continue
    const group = cues.exact.get(word)
    if (group !== undefined) groups[group]!++
    else {
      const prefixed = cues.prefixes.find((entry) => word.startsWith(entry.prefix))
      if (prefixed) groups[prefixed.group]!++
    }
  }
  const perWord = Math.max(1, words)
  let index = 0
  GENRE_CUE_GROUPS.forEach((group, column) => {
    values[index++] = Math.min(1, (groups[column]! / perWord) * RATE_SCALE[group])
  })
  const sentences = input.sentences.length > 0 ? input.sentences : input.paragraphs
  const sentenceCount = Math.max(1, sentences.length)
  let questions = 0
  let exclamations = 0
  for (const sentence of sentences) {
    const text = input.text.slice(sentence.start, sentence.end)
    if (text.includes('?')) questions++
    if (text.includes('!')) exclamations++
  }
  const quotes = input.text.match(QUOTE)?.length ?? 0
  values[index++] = Math.min(1, quotes / sentenceCount / 2)
  values[index++] = questions / sentenceCount
  values[index++] = exclamations / sentenceCount
  // ln(1 + words per sentence) / 4: about 0.8 for sentences of 20 words.
  values[index++] = Math.min(1, Math.log1p(words / sentenceCount) / 4)
  values[index++] = Math.min(1, (numbers / perWord) * 20)
  const opening = input.paragraphs
    .slice(1, 3)
    .some((paragraph) => DATELINE.test(input.text.slice(paragraph.start, paragraph.end)))
  values[index++] = opening ? 1 : 0
  const title = input.paragraphs[0]
  const titleWords = title ? (input.text.slice(title.start, title.end).match(WORD)?.length ?? 0) : 0
  values[index++] = Math.min(1, Math.log1p(titleWords) / 4)
  return values
}
