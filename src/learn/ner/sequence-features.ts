import { combineHashes, hashFeature } from './hash-feature.ts'
import type { WordFeatures } from './word-features.ts'

/** A sentence ready for tagging: each token's word features and the classes of the gaps around it. */
export interface FeatureSequence {
  readonly words: readonly WordFeatures[]
  /** `gaps[i]` is the class of the gap before token i; `gaps[words.length]` the gap after the last token. */
  readonly gaps: readonly number[]
}

/** Position codes combined with word features taken from a neighbouring token. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const

const OFFSET_CODES = new Map<number, number>(
  NEIGHBOUR_OFFSETS.map((offset) => [offset, hashFeature(`offset=${offset}`)]),
)
const BOUNDARY = hashFeature('word=<boundary>')
const BIAS = hashFeature('bias')
const GAP_BEFORE = hashFeature('gap-before')
const GAP_AFTER = hashFeature('gap-after')
const GAP_BEFORE_SHAPE = hashFeature('gap-before|shape')
const GAP_AFTER_SHAPE = hashFeature('gap-after|shape')
const PREVIOUS_WORD = hashFeature('word[-1]|word')
const NEXT_WORD = hashFeature('word|word[+1]')
const PREVIOUS_WORD_SHAPE = hashFeature('word[-1]|shape')
const SHAPE_NEXT_WORD = hashFeature('shape|word[+1]')
const SHAPE_TRIGRAM = hashFeature('shape[-1]|shape|shape[+1]')

/** Hash of a neighbour's word feature at a given offset. */
export function positioned(feature: number, offset: number): number {
  return combineHashes(feature, OFFSET_CODES.get(offset) ?? 0)
}

/** The features of token `index` that depend on more than one word: gaps, bigrams and shape trigrams. */
export function contextFeatures(sequence: FeatureSequence, index: number, out: number[]): void {
  const word = sequence.words[index]!
  gapFeatures(sequence.gaps[index]!, sequence.gaps[index + 1]!, word.shape, out)
  pairFeatures(sequence, index, out)
}

/**
 * The features of the punctuation around a token, alone and with the token's shape ("Xx" after a full stop is
 * a sentence start, not a name), and the per-tag bias, which costs nothing here since the tagger caches the sum.
 */
export function gapFeatures(
  gapBefore: number,
  gapAfter: number,
  shape: number,
  out: number[],
): void {
  out.push(
    BIAS,
    combineHashes(GAP_BEFORE, gapBefore),
    combineHashes(GAP_AFTER, gapAfter),
    combineHashes(combineHashes(GAP_BEFORE_SHAPE, gapBefore), shape),
    combineHashes(combineHashes(GAP_AFTER_SHAPE, gapAfter), shape),
  )
}

/** The features of a token together with its neighbours: word bigrams, word–shape pairs, the shape trigram. */
export function pairFeatures(sequence: FeatureSequence, index: number, out: number[]): void {
  const { words } = sequence
  const word = words[index]!
  // Bounds checked explicitly: reading a JS array at -1 is a slow property lookup, not undefined for free.
  const previous = index > 0 ? words[index - 1] : undefined
  const next = index + 1 < words.length ? words[index + 1] : undefined
  const previousFolded = previous?.folded ?? BOUNDARY
  const nextFolded = next?.folded ?? BOUNDARY
  out.push(
    combineHashes(combineHashes(PREVIOUS_WORD, previousFolded), word.folded),
    combineHashes(combineHashes(NEXT_WORD, word.folded), nextFolded),
    combineHashes(combineHashes(PREVIOUS_WORD_SHAPE, previousFolded), word.shape),
    combineHashes(combineHashes(SHAPE_NEXT_WORD, word.shape), nextFolded),
    combineHashes(
      combineHashes(combineHashes(SHAPE_TRIGRAM, previous?.shape ?? BOUNDARY), word.shape),
      next?.shape ?? BOUNDARY,
    ),
  )
}

/** The word features a token takes from the word `offset` positions away (a boundary marker past either end). */
export function neighbourFeatures(
  word: WordFeatures | undefined,
  offset: number,
  out: number[],
): void {
  if (!word) {
    out.push(positioned(BOUNDARY, offset))
    return
  }
  for (const feature of Math.abs(offset) === 1 ? word.near : word.far)
    out.push(positioned(feature, offset))
}

/** Every feature hash of token `index`, as training sees them; the tagger sums the same features per word form. */
export function tokenFeatures(sequence: FeatureSequence, index: number, out: number[]): void {
  const { words } = sequence
  out.push(...words[index]!.own)
  for (const offset of NEIGHBOUR_OFFSETS) {
    const position = index + offset
    neighbourFeatures(
      position >= 0 && position < words.length ? words[position] : undefined,
      offset,
      out,
    )
  }
  contextFeatures(sequence, index, out)
}
