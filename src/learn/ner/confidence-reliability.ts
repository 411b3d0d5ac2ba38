import type { CompiledTagger } from './compiled-tagger.ts'
import type { TaggedSentence } from './conll-example.ts'
import { tagSentence } from './evaluate-tagger.ts'

/** Predicted entities whose confidence falls in [from, to), and the share of them that are exactly right. */
export interface ReliabilityBin {
  readonly from: number
  readonly to: number
  readonly count: number
  readonly meanConfidence: number
  readonly precision: number
}

// Bin edges for the reliability table: most entities are confident, so the bins are finer near 1.
const BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.000001] as const

/** How well entity confidence matches precision on held-out sentences, bin by bin. */
export function confidenceReliability(
  tagger: CompiledTagger,
  sentences: readonly TaggedSentence[],
): ReliabilityBin[] {
  const bins = BIN_EDGES.slice(1).map(() => ({ count: 0, confidence: 0, correct: 0 }))
  for (const sentence of sentences) {
    const gold = new Set(
      sentence.entities.map((entity) => `${entity.start}:${entity.end}:${entity.label}`),
    )
    for (const entity of tagSentence(tagger, sentence)) {
      const bin = bins[BIN_EDGES.findIndex((edge) => entity.confidence < edge) - 1]
      if (!bin) continue
      bin.count++
      bin.confidence += entity.confidence
      if (gold.has(`${entity.start}:${entity.end}:${entity.label}`)) bin.correct++
    }
  }
  return bins.map((bin, index) => ({
    from: BIN_EDGES[index]!,
    to: Math.min(1, BIN_EDGES[index + 1]!),
    count: bin.count,
    meanConfidence: bin.count === 0 ? 0 : bin.confidence / bin.count,
    precision: bin.count === 0 ? 0 : bin.correct / bin.count,
  }))
}
