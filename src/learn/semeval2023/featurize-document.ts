import { borrowCounter, returnCounter } from '../sparse-counter.ts'
import { EMPTY_VECTOR, type SparseVector } from '../sparse-vector.ts'
import { articleStyle } from './article-style.ts'
import type { FeatureConfig } from './feature-config.ts'
import { CUE_DIMS } from './feature-config.ts'
import type { HashedCues } from './hashed-cues.ts'
import { scanArticle, type UnitCounts } from './scan-article.ts'

/** Counts of a whole document (for frames and genre), and of each paragraph (to point at evidence). */
export interface DocumentCounts {
  readonly document: UnitCounts
  readonly paragraphs: readonly UnitCounts[]
}

/** Counts a document as the sum of its paragraphs, with article-level style features. */
export function featurizeDocument(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  lang: string | null,
  config: FeatureConfig,
  cues: HashedCues | null,
): DocumentCounts {
  // Each paragraph is one unit: document-level models need no sentence split.
  const units = scanArticle({ text, paragraphs, sentences: [], lang }, config, cues)
  const sum = (pick: (unit: UnitCounts) => SparseVector, dims: number) => {
    const counter = borrowCounter(dims)
    for (const unit of units) {
      const vector = pick(unit.paragraph)
      for (let entry = 0; entry < vector.indices.length; entry++)
        counter.add(vector.indices[entry]!, vector.values[entry]!)
    }
    const total = counter.drain()
    returnCounter(counter)
    return total
  }
  const paragraphCounts = units.map((unit) => unit.paragraph)
  return {
    document: {
      words: sum((unit) => unit.words, 2 ** config.wordBits),
      chars: config.charBits > 0 ? sum((unit) => unit.chars, 2 ** config.charBits) : EMPTY_VECTOR,
      cues: config.cues ? sum((unit) => unit.cues, CUE_DIMS) : EMPTY_VECTOR,
      wordCount: paragraphCounts.reduce((total, unit) => total + unit.wordCount, 0),
      style: config.style
        ? articleStyle(
            paragraphCounts.map((unit) => unit.style),
            paragraphCounts.map((unit) => unit.wordCount),
          )
        : new Float32Array(0),
    },
    paragraphs: paragraphCounts,
  }
}
