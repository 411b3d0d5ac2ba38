import { borrowCounter, returnCounter, type SparseCounter } from '../sparse-counter.ts'
import { EMPTY_VECTOR, type SparseVector } from '../sparse-vector.ts'
import { recallParagraphCounts } from './article-counts-cache.ts'
import { articleStyle } from './article-style.ts'
import type { FeatureConfig } from './feature-config.ts'
import { CUE_DIMS, countingKey } from './feature-config.ts'
import { genreStyle } from './genre-style.ts'
import type { HashedCues } from './hashed-cues.ts'
import { type ArticleInput, toUnitCounts, type UnitCounts, visitArticle } from './scan-article.ts'

/** Counts of a whole document (for frames and genre), and of each paragraph (to point at evidence). */
export interface DocumentCounts {
  readonly document: UnitCounts
  readonly paragraphs: readonly UnitCounts[]
}

/**
 * Counts a document as the sum of its paragraphs (each the sum of its sentences, as the technique model counts
 * them), with article-level style features. Reuses the counts the technique model left for this article.
 */
export function featurizeDocument(
  input: ArticleInput,
  config: FeatureConfig,
  cues: HashedCues | null,
): DocumentCounts {
  const featureKey = countingKey(config)
  const paragraphCounts = [
    ...(recallParagraphCounts(input, featureKey) ?? scanParagraphs(input, config, cues)),
  ]
  const totals = {
    words: borrowCounter(2 ** config.wordBits),
    chars: config.charBits > 0 ? borrowCounter(2 ** config.charBits) : null,
    cues: config.cues ? borrowCounter(CUE_DIMS) : null,
  }
  // The document's counts are the paragraphs' summed in order.
  for (const paragraph of paragraphCounts) {
    addVector(paragraph.words, totals.words)
    if (totals.chars) addVector(paragraph.chars, totals.chars)
    if (totals.cues) addVector(paragraph.cues, totals.cues)
  }
  const drain = (counter: SparseCounter | null) => {
    if (!counter) return EMPTY_VECTOR
    const total = counter.drain()
    returnCounter(counter)
    return total
  }
  return {
    document: {
      words: drain(totals.words),
      chars: drain(totals.chars),
      cues: drain(totals.cues),
      wordCount: paragraphCounts.reduce((total, unit) => total + unit.wordCount, 0),
      style: config.style
        ? articleStyle(
            paragraphCounts.map((unit) => unit.style),
            paragraphCounts.map((unit) => unit.wordCount),
            genreStyle(input),
          )
        : new Float32Array(0),
    },
    paragraphs: paragraphCounts,
  }
}

function scanParagraphs(
  input: ArticleInput,
  config: FeatureConfig,
  cues: HashedCues | null,
): UnitCounts[] {
  const paragraphs: UnitCounts[] = []
  visitArticle(input, config, cues, {
    sentence: () => {},
    paragraph: (_, unit) => {
      paragraphs.push(toUnitCounts(unit))
    },
  })
  return paragraphs
}

function addVector(vector: SparseVector, into: SparseCounter): void {
  for (let entry = 0; entry < vector.indices.length; entry++)
    into.add(vector.indices[entry]!, vector.values[entry]!)
}
