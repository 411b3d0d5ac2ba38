import { foldWord } from '../../doc/tokenize.ts'
import { hashFeature } from './hash-feature.ts'

/** Word lists by feature name ("given-name", "alias-LOC"), keyed by folded word for lookup. */
export type NerLexicon = ReadonlyMap<string, readonly string[]>

/** The features of one word form, computed once per distinct form and shared by every token of it. */
export interface WordFeatures {
  /** Hashes of every feature of the word itself. */
  readonly own: readonly number[]
  /** The subset also used for the words one position away. */
  readonly near: readonly number[]
  /** The subset also used for the words two positions away. */
  readonly far: readonly number[]
  /** Hashes of the folded form and of the short shape, for bigram features. */
  readonly folded: number
  readonly shape: number
}

// Affixes up to this many letters: French and English inflection and name endings (-ov, -ville, -ez) fit in four.
const MAX_AFFIX_CHARS = 4
// Runs of one character class longer than this are cut, so "Washington" and "Marseille" share "Xxxx".
const MAX_SHAPE_RUN = 4
const TYPOGRAPHIC_APOSTROPHE = /[’‘`]/gu
const LENGTH_BUCKETS = [1, 2, 3, 5, 8, 12] as const

/** Computes the features of a word form; `lexicon` adds one feature per word list that holds it. */
export function wordFeatures(word: string, lexicon: NerLexicon): WordFeatures {
  const form = word.replace(TYPOGRAPHIC_APOSTROPHE, "'")
  const folded = foldWord(word)
  const shortShape = wordShape(form, 1)
  const far = [hashFeature(`l=${folded}`), hashFeature(`s=${shortShape}`)]
  const near = [
    ...far,
    hashFeature(`x3=${folded.slice(-3)}`),
    hashFeature(`w=${form}`),
    hashFeature(`p3=${folded.slice(0, 3)}`),
  ]
  for (const list of lexicon.get(folded) ?? []) near.push(hashFeature(`g=${list}`))
  const own = [
    ...near,
    hashFeature(`S=${wordShape(form, MAX_SHAPE_RUN)}`),
    hashFeature(`n=${LENGTH_BUCKETS.findIndex((limit) => folded.length <= limit)}`),
  ]
  for (let length = 1; length <= Math.min(MAX_AFFIX_CHARS, folded.length); length++) {
    // Three-letter affixes are already in `near`.
    if (length === 3) continue
    own.push(hashFeature(`p${length}=${folded.slice(0, length)}`))
    own.push(hashFeature(`x${length}=${folded.slice(-length)}`))
  }
  return { own, near, far, folded: far[0]!, shape: far[1]! }
}

/** The word's letters as X (upper case), x (lower case) and d (digit), runs cut to `maxRun`: "l'OTAN" → "x'X". */
export function wordShape(word: string, maxRun: number): string {
  let shape = ''
  let previous = ''
  let run = 0
  for (const char of word) {
    const kind = charKind(char)
    run = kind === previous ? run + 1 : 1
    previous = kind
    if (run <= maxRun) shape += kind
  }
  return shape
}

function charKind(char: string): string {
  if (char >= '0' && char <= '9') return 'd'
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  if (lower === upper) return /\p{N}/u.test(char) ? 'd' : char
  return char === upper ? 'X' : 'x'
}
