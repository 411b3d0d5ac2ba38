import { borrowCounter, returnCounter, type SparseCounter } from '../sparse-counter.ts'
import { EMPTY_VECTOR } from '../sparse-vector.ts'
import { articleStyle } from './article-style.ts'
import type { FeatureConfig } from './feature-config.ts'
import { CUE_DIMS } from './feature-config.ts'
import type { HashedCues } from './hashed-cues.ts'
import { toUnitCounts, type UnitCounts, visitArticle } from './scan-article.ts'

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
  const totals = {
    words: borrowCounter(2 ** config.wordBits),
    chars: config.charBits > 0 ? borrowCounter(2 ** config.charBits) : null,
    cues: config.cues ? borrowCounter(CUE_DIMS) : null,
  }
  const paragraphCounts: UnitCounts[] = []
  // Each paragraph is one unit: document-level models need no sentence split. The document's counts are the
  // paragraphs' summed in order, read straight from the scanner's counters.
  visitArticle({ text, paragraphs, sentences: [], lang }, config, cues, {
    sentence: () => {},
    paragraph: (_, unit) => {
      paragraphCounts.push(toUnitCounts(unit))
      unit.words.addTo(totals.words)
      if (unit.chars && totals.chars) unit.chars.addTo(totals.chars)
      if (unit.cues && totals.cues) unit.cues.addTo(totals.cues)
    },
  })
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
          )
        : new Float32Array(0),
    },
    paragraphs: paragraphCounts,
  }
}
