/** An entity to score: where it is and its type; a sentence or document index keeps equal offsets apart. */
export interface ScoredEntity {
  readonly start: number
  readonly end: number
  readonly label: string
}

/** True positives, false positives and false negatives of one entity type, with the derived rates. */
export interface EntityCounts {
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** Exact-match scores per entity type and over all types (micro-averaged, as conlleval reports). */
export interface EntityScores {
  readonly byLabel: Readonly<Record<string, EntityCounts>>
  readonly overall: EntityCounts
}

/** Gold and predicted entities of one sentence or document. */
export interface ScoredUnit {
  readonly gold: readonly ScoredEntity[]
  readonly predicted: readonly ScoredEntity[]
}

/**
 * Scores predictions with CoNLL's exact match: an entity counts only when its start, end and type all equal a
 * gold entity's.
 */
export function scoreEntities(units: Iterable<ScoredUnit>): EntityScores {
  const tallies = new Map<string, [number, number, number]>()
  const tally = (label: string): [number, number, number] => {
    let counts = tallies.get(label)
    if (!counts) {
      counts = [0, 0, 0]
      tallies.set(label, counts)
    }
    return counts
  }
  for (const { gold, predicted } of units) {
    const goldKeys = new Set(gold.map(entityKey))
    const predictedKeys = new Set(predicted.map(entityKey))
    for (const entity of predicted) tally(entity.label)[goldKeys.has(entityKey(entity)) ? 0 : 1]++
    for (const entity of gold) if (!predictedKeys.has(entityKey(entity))) tally(entity.label)[2]++
  }
  const labels = [...tallies.keys()].sort()
  const byLabel = Object.fromEntries(labels.map((label) => [label, rates(...tallies.get(label)!)]))
  const sum = (slot: 0 | 1 | 2): number =>
    [...tallies.values()].reduce((total, counts) => total + counts[slot], 0)
  return { byLabel, overall: rates(sum(0), sum(1), sum(2)) }
}

function entityKey(entity: ScoredEntity): string {
  return `${entity.start}:${entity.end}:${entity.label}`
}

// conlleval's conventions: a rate with an empty denominator is 0, and so is F1 when both rates are.
function rates(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): EntityCounts {
  const predicted = truePositives + falsePositives
  const gold = truePositives + falseNegatives
  const precision = predicted === 0 ? 0 : truePositives / predicted
  const recall = gold === 0 ? 0 : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 }
}
