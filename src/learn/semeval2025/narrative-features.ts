import { finishHash, hashString } from '../hash-string.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { countCharGrams } from '../text-features.ts'
import { transliterate } from './transliterate.ts'

/** Which features to count, and in how many hashed dimensions (a power of two). */
export interface NarrativeFeatureOptions {
  readonly dims: number
  /** Length of the transliterated word prefix shared across languages ("sankt" for санкции and sanctions). */
  readonly stemLength: number
  /** Inclusive range of character n-gram lengths, or null for none. */
  readonly charOrders: readonly [number, number] | null
}

// Words are runs of letters, marks and digits, lower-cased; one-letter words carry no topic.
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const MIN_WORD_CHARS = 2
// Namespaces keep a word, a word pair, a stem and a language marker with the same letters apart.
const UNIGRAM_SEED = hashString('n1')
const BIGRAM_SEED = hashString('n2')
const STEM_SEED = hashString('ns')
const LANGUAGE_SEED = hashString('nl')
const SPACE = 0x20

/** Where each word feature of a text came from: its hashed index and the offset of its word, in text order. */
export interface FeatureOccurrences {
  readonly indices: number[]
  readonly offsets: number[]
}

/**
 * Counts a text's hashed features: words, pairs of adjacent words, transliterated word prefixes that let Russian,
 * Bulgarian, Hindi, English and Portuguese documents share names and loanwords, and optionally character n-grams.
 * With `occurrences`, also records where each word feature occurred (for evidence).
 */
export function countNarrativeFeatures(
  text: string,
  options: NarrativeFeatureOptions,
  occurrences?: FeatureOccurrences,
): SparseVector {
  const mask = options.dims - 1
  const counter = new FeatureCounter(options.dims)
  let offset = 0
  const add = (hash: number) => {
    const index = finishHash(hash) & mask
    counter.add(index)
    if (occurrences) {
      occurrences.indices.push(index)
      occurrences.offsets.push(offset)
    }
  }
  let previous = -1
  // Lower-casing keeps offsets for the scripts we read (a handful of letters, like İ, grow; evidence is approximate).
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0]
    if (word.length < MIN_WORD_CHARS) continue
    offset = match.index
    add(hashString(word, UNIGRAM_SEED))
    if (previous !== -1) add(hashString(word, previous))
    add(hashString(transliterate(word).slice(0, options.stemLength), STEM_SEED))
    previous = hashString(word, BIGRAM_SEED) ^ SPACE
  }
  if (options.charOrders) {
    const chars = new Map<number, number>()
    countCharGrams(text, chars, {
      dims: options.dims,
      minWordLength: MIN_WORD_CHARS,
      maxWordOrder: 1,
      charOrders: options.charOrders,
      languageSalt: null,
    })
    for (const [index, count] of chars) counter.add(index, count)
  }
  return counter.toVector()
}

// Counting into a typed array is several times faster than into a Map on news-length texts.
class FeatureCounter {
  private readonly counts: Float32Array
  private readonly touched: number[] = []

  constructor(dims: number) {
    this.counts = new Float32Array(dims)
  }

  add(index: number, amount = 1): void {
    if (this.counts[index] === 0) this.touched.push(index)
    this.counts[index]! += amount
  }

  toVector(): SparseVector {
    const indices = Int32Array.from(this.touched).sort()
    const values = new Float32Array(indices.length)
    for (let position = 0; position < indices.length; position++)
      values[position] = this.counts[indices[position]!]!
    return { indices, values }
  }
}

/** The hashed index of a document-language marker, which lets each label learn a bias per language. */
export function languageFeature(lang: string, dims: number): number {
  return finishHash(hashString(lang.toLowerCase(), LANGUAGE_SEED)) & (dims - 1)
}
