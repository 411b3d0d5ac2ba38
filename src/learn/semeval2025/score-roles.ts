import type { RoleMention } from './read-semeval2025.ts'

/** A predicted role for one mention. */
export interface RolePrediction {
  readonly main: string
  readonly fine: readonly string[]
}

/** The official subtask-1 scores; `exactMatchRatio` (on fine roles) is the ranking metric. */
export interface RoleScores {
  readonly mentions: number
  readonly exactMatchRatio: number
  readonly microPrecision: number
  readonly microRecall: number
  readonly microF1: number
  readonly mainRoleAccuracy: number
}

/**
 * Scores role predictions as the official subtask-1 scorer does: a mention counts for the exact-match ratio when
 * its set of fine roles equals the gold set; micro precision and recall count fine roles; a mention without a
 * prediction has none.
 */
export function scoreRoles(
  gold: readonly RoleMention[],
  predicted: readonly (RolePrediction | null)[],
): RoleScores {
  let exact = 0
  let mainCorrect = 0
  let shared = 0
  let predictedCount = 0
  let goldCount = 0
  gold.forEach((mention, index) => {
    const prediction = predicted[index]
    const goldFine = new Set(mention.fine ?? [])
    const predictedFine = new Set(prediction?.fine ?? [])
    goldCount += goldFine.size
    predictedCount += predictedFine.size
    let overlap = 0
    for (const role of predictedFine) if (goldFine.has(role)) overlap++
    shared += overlap
    if (overlap === goldFine.size && overlap === predictedFine.size) exact++
    if (prediction && prediction.main === mention.main) mainCorrect++
  })
  const precision = predictedCount === 0 ? 0 : shared / predictedCount
  const recall = goldCount === 0 ? 0 : shared / goldCount
  const count = Math.max(gold.length, 1)
  return {
    mentions: gold.length,
    exactMatchRatio: exact / count,
    microPrecision: precision,
    microRecall: recall,
    microF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    mainRoleAccuracy: mainCorrect / count,
  }
}
