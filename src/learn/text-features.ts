import { finishHash, hashStep, hashString } from './hash-string.ts'
import { addCount } from './sparse-vector.ts'

// Word tokens for n-gram features: runs of letters, marks and digits (apostrophes and hyphens split words, as
// scikit-learn's default token pattern does).
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const WHITE_SPACE_RUN = /\s+/gu

// Namespaces keep a word, a bigram and a character n-gram with the same letters apart.
const UNIGRAM_SEED = hashString('w1')
const BIGRAM_SEED = hashString('w2')
const CHAR_SEED = hashString('c')
const SPACE = 0x20

/** Which word and character n-grams to count, and in how many hashed dimensions. */
export interface NgramOptions {
  /** A power of two. */
  readonly dims: number
  /** Words shorter than this are skipped (scikit-learn keeps two letters and more). */
  readonly minWordLength: number
  readonly maxWordOrder: 1 | 2
  /** Inclusive range of character n-gram lengths; [0, 0] for none. */
  readonly charOrders: readonly [number, number]
  /** A salt that makes a language-specific copy of every word feature, or null for shared features only. */
  readonly languageSalt: number | null
}

/** The salt of a language's feature copies. */
export function languageSalt(lang: string): number {
  return hashString(`lang:${lang}`)
}

/** Counts hashed word 1–2-grams of `text` (lowercased) into `counts`; returns the word count. */
export function countWordGrams(
  text: string,
  counts: Map<number, number>,
  options: NgramOptions,
): number {
  const mask = options.dims - 1
  const salt = options.languageSalt
  let previous = -1
  let words = 0
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0]
    if (word.length < options.minWordLength) continue
    words++
    const unigram = hashString(word, UNIGRAM_SEED)
    addCount(counts, finishHash(unigram) & mask)
    if (salt !== null) addCount(counts, finishHash(unigram ^ salt) & mask)
    if (options.maxWordOrder === 2 && previous !== -1) {
      const bigram = hashString(word, hashStep(previous, SPACE))
      addCount(counts, finishHash(bigram) & mask)
      if (salt !== null) addCount(counts, finishHash(bigram ^ salt) & mask)
    }
    previous = hashString(word, BIGRAM_SEED)
  }
  return words
}

/** Counts hashed character n-grams of `text` (lowercased, white space runs as one space) into `counts`. */
export function countCharGrams(
  text: string,
  counts: Map<number, number>,
  options: NgramOptions,
): void {
  const [minOrder, maxOrder] = options.charOrders
  if (maxOrder === 0) return
  const mask = options.dims - 1
  const normalized = text.toLowerCase().replace(WHITE_SPACE_RUN, ' ')
  const length = normalized.length
  for (let start = 0; start < length; start++) {
    let hash = CHAR_SEED
    const last = Math.min(length, start + maxOrder)
    for (let end = start; end < last; end++) {
      hash = hashStep(hash, normalized.charCodeAt(end))
      if (end - start + 1 >= minOrder) addCount(counts, finishHash(hash) & mask)
    }
  }
}
