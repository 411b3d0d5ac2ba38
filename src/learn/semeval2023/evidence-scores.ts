import type { TaskExample } from './task-examples.ts'
import type { TechniqueArticle } from './technique-articles.ts'
import type { ParagraphScores } from './technique-stage-one.ts'

/** How well the strongest-evidence sentence of correctly found techniques points at the annotators' spans. */
export interface EvidenceScores {
  /** Correct (paragraph, technique) pairs that have gold spans. */
  readonly pairs: number
  /** Share of those whose strongest sentence overlaps a gold span of the technique. */
  readonly hitRate: number
  /** The same share for a sentence of the paragraph picked at random (expected value). */
  readonly randomHitRate: number
  /** Share of the strongest sentence's characters inside gold spans of the technique. */
  readonly characterPrecision: number
  /** Share of the gold spans' characters (in the paragraph) covered by the strongest sentence. */
  readonly characterRecall: number
}

/** Scores the evidence of every true positive under out-of-fold first-stage scores and decisions. */
export function scoreEvidence(
  examples: readonly TaskExample[],
  articles: readonly TechniqueArticle[],
  stageOne: readonly ParagraphScores[],
  decisions: Uint8Array,
  labels: readonly string[],
): EvidenceScores {
  let pairs = 0
  let hits = 0
  let randomHits = 0
  let insideChars = 0
  let chosenChars = 0
  let coveredChars = 0
  let goldChars = 0
  for (const article of articles) {
    article.exampleIndexes.forEach((index, position) => {
      const example = examples[index]!
      const sentences = article.units[position]!.sentences
      labels.forEach((label, column) => {
        if (!decisions[index * labels.length + column]) return
        const gold = example.evidence.filter((span) => span.label === label)
        if (gold.length === 0 || sentences.length === 0) return
        pairs++
        const best = sentences[stageOne[index]!.bestSentenceIndex[column] ?? 0]!
        const overlapping = (sentence: { start: number; end: number }) =>
          gold.some((span) => span.start < sentence.end && sentence.start < span.end)
        if (overlapping(best)) hits++
        randomHits += sentences.filter(overlapping).length / sentences.length
        const goldMask = new Set<number>()
        for (const span of gold)
          for (
            let at = Math.max(span.start, example.start);
            at < Math.min(span.end, example.end);
            at++
          )
            goldMask.add(at)
        let inside = 0
        for (let at = best.start; at < best.end; at++) if (goldMask.has(at)) inside++
        insideChars += inside
        chosenChars += best.end - best.start
        coveredChars += inside
        goldChars += goldMask.size
      })
    })
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
  return {
    pairs,
    hitRate: ratio(hits, pairs),
    randomHitRate: ratio(randomHits, pairs),
    characterPrecision: ratio(insideChars, chosenChars),
    characterRecall: ratio(coveredChars, goldChars),
  }
}
