import { z } from 'zod'
import type { QualityFinding } from '../../contracts/annotations.ts'
import type { AnnotatedDoc } from '../../doc/doc.ts'
import { describeRepeat, describeStutter } from './describe-finding.ts'
import { findMatches } from './find-matches.ts'
import { findStutters } from './find-stutters.ts'
import { groupRepeats } from './group-repeats.ts'
import { indexWords, type WordRange } from './index-words.ts'

export const QualityConfigSchema = z.object({
  /** Findings kept per document, longest repeats first: a scraped page of boilerplate would list thousands. */
  maxFindings: z.number().int().positive().default(200),
})
export type QualityConfig = z.infer<typeof QualityConfigSchema>

/**
 * Finds defects of the text itself: paragraphs quoted twice, fragments of five words or more repeated
 * (verbatim or in another machine translation), and words or short sequences written twice in a row.
 * @example
 * const findings = findRepeats(doc, { maxFindings: 200 })
 * // [{ kind: 'stuttered-words', spans: [{ text: 'aussi', … }, { text: 'aussi', … }], similarity: 1, … }]
 */
export function findRepeats(
  doc: AnnotatedDoc<'paragraphs' | 'sentences'>,
  config: QualityConfig = QualityConfigSchema.parse({}),
): QualityFinding[] {
  const words = indexWords(doc.text, doc.spans.paragraphs, doc.spans.sentences)
  const repeats = groupRepeats(findMatches(words), words, config.maxFindings)
  const reported = repeats.flatMap((repeat) => repeat.occurrences).sort((a, b) => a.start - b.start)
  // A stutter inside a reported repeat is part of that finding already.
  const stutters = findStutters(words)
    .filter(
      (stutter) => !overlapsAny(reported, { start: stutter.copies[0]!.start, end: stutter.end }),
    )
    .slice(0, config.maxFindings - repeats.length)
  return [
    ...repeats.map((repeat) => describeRepeat(repeat, words)),
    ...stutters.map((stutter) => describeStutter(stutter, words)),
  ].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)
}

// `sorted` ranges are disjoint and in text order.
function overlapsAny(sorted: readonly WordRange[], range: WordRange): boolean {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.end <= range.start) low = middle + 1
    else high = middle
  }
  const hit = sorted[low]
  return hit !== undefined && hit.start < range.end
}
