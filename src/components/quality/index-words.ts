import type { Span } from '../../contracts/span.ts'
import { spanIndexOfEach } from '../../doc/span.ts'
import { type Token, tokenize } from '../../doc/tokenize.ts'

/** A half-open range of word indexes, [start, end). */
export interface WordRange {
  readonly start: number
  readonly end: number
}

/** The words of a document, folded to numbers for comparison, with the paragraph and sentence of each. */
export interface IndexedWords {
  readonly text: string
  readonly tokens: readonly Token[]
  /** One number per distinct folded word ("Genève" and "geneve" share one). */
  readonly ids: Int32Array
  /** The folded word of each id. */
  readonly vocabulary: readonly string[]
  /** Index of the paragraph holding each word, -1 outside every paragraph. */
  readonly paragraphOf: Int32Array
  readonly sentenceOf: Int32Array
  /** Index of the first word of each paragraph, and of the word after its last; equal when it has none. */
  readonly paragraphStart: Int32Array
  readonly paragraphEnd: Int32Array
}

/** Tokenizes the text and folds every word (case, accents, apostrophes), so punctuation is ignored. */
export function indexWords(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Span[],
): IndexedWords {
  const tokens = tokenize(text)
  const ids = new Int32Array(tokens.length)
  const idOfFolded = new Map<string, number>()
  const vocabulary: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const folded = tokens[index]!.folded
    let id = idOfFolded.get(folded)
    if (id === undefined) {
      id = vocabulary.length
      vocabulary.push(folded)
      idOfFolded.set(folded, id)
    }
    ids[index] = id
  }
  const paragraphOf = spanIndexOfEach(tokens, paragraphs)
  const paragraphStart = new Int32Array(paragraphs.length)
  const paragraphEnd = new Int32Array(paragraphs.length)
  let next = 0
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    while (next < tokens.length && paragraphOf[next]! < paragraph) next++
    paragraphStart[paragraph] = next
    while (next < tokens.length && paragraphOf[next] === paragraph) next++
    paragraphEnd[paragraph] = next
  }
  return {
    text,
    tokens,
    ids,
    vocabulary,
    paragraphOf,
    sentenceOf: spanIndexOfEach(tokens, sentences),
    paragraphStart,
    paragraphEnd,
  }
}

/** Number of words in a paragraph. */
export function paragraphWords(words: IndexedWords, paragraph: number): number {
  return words.paragraphEnd[paragraph]! - words.paragraphStart[paragraph]!
}

/**
 * True when some paragraph with at least one word lies entirely inside the words [start, end):
 * an unmatched line between two repeated passages (a Twitter handle, a heading) separates them.
 */
export function holdsParagraph(words: IndexedWords, start: number, end: number): boolean {
  if (end <= start) return false
  const { paragraphOf } = words
  const first = paragraphOf[start]!
  const last = paragraphOf[end - 1]!
  const firstWhole = start === 0 || paragraphOf[start - 1] !== first ? first : first + 1
  const lastWhole = end === paragraphOf.length || paragraphOf[end] !== last ? last : last - 1
  return firstWhole <= lastWhole
}

/** The share of a paragraph's words that lie inside a range, 0 when the paragraph has none. */
export function paragraphCoverage(
  words: IndexedWords,
  paragraph: number,
  range: WordRange,
): number {
  const total = paragraphWords(words, paragraph)
  if (total <= 0) return 0
  const covered =
    Math.min(range.end, words.paragraphEnd[paragraph]!) -
    Math.max(range.start, words.paragraphStart[paragraph]!)
  return Math.max(0, covered) / total
}
