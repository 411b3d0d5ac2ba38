import type { Token } from '../../doc/tokenize.ts'
import { gapClass, SEQUENCE_START_GAP } from './gap-class.ts'
import type { FeatureSequence } from './sequence-features.ts'
import type { WordFeatures } from './word-features.ts'

/**
 * Builds the feature sequence of tokens [first, end) of `text`; `limit` is where the sentence's text ends,
 * so the gap after its last token holds its final punctuation.
 */
export function buildSequence<W extends WordFeatures>(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  limit: number,
  wordOf: (word: string) => W,
): FeatureSequence & { readonly words: readonly W[] } {
  const words: W[] = []
  const gaps: number[] = [SEQUENCE_START_GAP]
  for (let index = first; index < end; index++) {
    const token = tokens[index]!
    words.push(wordOf(token.text))
    const next = index + 1 < end ? tokens[index + 1]!.start : Math.max(limit, token.end)
    gaps.push(gapClass(text.slice(token.end, next)))
  }
  return { words, gaps }
}
