/** Precision, recall and F1 of one label, with the counts they come from. */
export interface LabelScore {
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  /** Gold occurrences. */
  readonly support: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** Averaged precision, recall and F1. */
export interface AveragedScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** Per-label scores with their micro and macro averages. */
export interface LabelScores {
  readonly perLabel: Readonly<Record<string, LabelScore>>
  readonly micro: AveragedScore
  readonly macro: AveragedScore
}

/**
 * Which labels the macro average runs over: `all` the listed labels (an absent label scores 0, as SemEval-2023
 * subtasks 2 and 3 binarise labels), or `present` only labels in the gold or predicted sets (subtask 1).
 */
export type MacroLabels = 'all' | 'present'

/**
 * Scores predicted label sets against gold ones, item by item, as scikit-learn's `precision_recall_fscore_support`
 * does on binarised labels (a rate whose denominator is zero counts as 0).
 * @example
 * scoreLabelSets([['a'], ['a', 'b']], [['a'], ['b']], ['a', 'b']).micro.f1 // 0.8
 */
export function scoreLabelSets(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  labels: readonly string[],
  macroLabels: MacroLabels = 'all',
): LabelScores {
  if (gold.length !== predicted.length)
    throw new Error(`scoreLabelSets: ${gold.length} gold items but ${predicted.length} predictions`)
  const counts = new Map(labels.map((label) => [label, { tp: 0, fp: 0, fn: 0 }]))
  gold.forEach((goldSet, item) => {
    const goldLabels = new Set(goldSet)
    const predictedLabels = new Set(predicted[item])
    for (const label of predictedLabels) {
      const count = counts.get(label)
      if (!count) continue
      if (goldLabels.has(label)) count.tp++
      else count.fp++
    }
    for (const label of goldLabels) {
      const count = counts.get(label)
      if (count && !predictedLabels.has(label)) count.fn++
    }
  })
  const perLabel: Record<string, LabelScore> = {}
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [label, count] of counts) {
    perLabel[label] = rates(count.tp, count.fp, count.fn)
    tp += count.tp
    fp += count.fp
    fn += count.fn
  }
  const averaged = labels.filter(
    (label) =>
      macroLabels === 'all' ||
      (perLabel[label]?.support ?? 0) + (perLabel[label]?.falsePositives ?? 0) > 0,
  )
  const mean = (pick: (score: LabelScore) => number) =>
    averaged.length === 0
      ? 0
      : averaged.reduce((sum, label) => sum + pick(perLabel[label]!), 0) / averaged.length
  const micro = rates(tp, fp, fn)
  return {
    perLabel,
    micro: { precision: micro.precision, recall: micro.recall, f1: micro.f1 },
    macro: {
      precision: mean((score) => score.precision),
      recall: mean((score) => score.recall),
      f1: mean((score) => score.f1),
    },
  }
}

function rates(truePositives: number, falsePositives: number, falseNegatives: number): LabelScore {
  const precision = ratio(truePositives, truePositives + falsePositives)
  const recall = ratio(truePositives, truePositives + falseNegatives)
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    support: truePositives + falseNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
  }
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}
