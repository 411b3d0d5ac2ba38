import type { NarrativeLabels } from './read-semeval2025.ts'

/** Mean and standard deviation of the per-document F1, as the official scorer prints them. */
export interface SamplesF1 {
  readonly f1: number
  readonly std: number
}

/** The official subtask-2 scores: samples-F1 on narratives (coarse) and on sub-narratives (fine). */
export interface NarrativeScores {
  readonly documents: number
  readonly narratives: SamplesF1
  readonly subNarratives: SamplesF1
}

/**
 * Scores predictions as the official subtask-2 scorer does: the F1 of each document's label set against its gold
 * set (0 when either is empty), averaged over documents; a document without a prediction counts as empty.
 * @example
 * scoreNarratives(new Map([['a', { narratives: ['X'], subNarratives: ['X: Other'] }]]), new Map()).narratives.f1 // 0
 */
export function scoreNarratives(
  gold: ReadonlyMap<string, NarrativeLabels>,
  predicted: ReadonlyMap<string, NarrativeLabels>,
): NarrativeScores {
  const ids = [...gold.keys()]
  return {
    documents: ids.length,
    narratives: samplesF1(
      ids.map((id) => [gold.get(id)!.narratives, predicted.get(id)?.narratives ?? []]),
    ),
    subNarratives: samplesF1(
      ids.map((id) => [gold.get(id)!.subNarratives, predicted.get(id)?.subNarratives ?? []]),
    ),
  }
}

/** Samples-F1 over (gold, predicted) label-set pairs. */
export function samplesF1(
  pairs: readonly (readonly [readonly string[], readonly string[]])[],
): SamplesF1 {
  if (pairs.length === 0) return { f1: 0, std: 0 }
  const scores = pairs.map(([gold, predicted]) => setF1(gold, predicted))
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length
  const variance = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length
  return { f1: mean, std: Math.sqrt(variance) }
}

/** F1 of one predicted label set against its gold set. */
export function setF1(gold: readonly string[], predicted: readonly string[]): number {
  const goldSet = new Set(gold)
  const predictedSet = new Set(predicted)
  if (goldSet.size + predictedSet.size === 0) return 0
  let shared = 0
  for (const label of predictedSet) if (goldSet.has(label)) shared++
  return (2 * shared) / (goldSet.size + predictedSet.size)
}
