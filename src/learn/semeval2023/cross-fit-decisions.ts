import { type FoldPlan, foldIndexes, selectRows, selectTargetRows } from '../out-of-fold.ts'
import { offsetArgmax, tuneClassOffsets } from '../tune-class-offsets.ts'
import { tuneGlobalThreshold, tuneLabelThresholds } from '../tune-thresholds.ts'

/**
 * How labels are chosen from probabilities: one threshold for all labels, one per label, the single most
 * probable label, or the most probable after per-class offsets tuned for macro-F1.
 */
export type DecisionRule = 'global-threshold' | 'label-thresholds' | 'argmax' | 'tuned-argmax'

/** A rule's fitted parameters: thresholds per label, or offsets per class for an argmax. */
export type FittedRule =
  | { readonly kind: 'thresholds'; readonly values: Float64Array }
  | { readonly kind: 'offsets'; readonly values: Float64Array }

/**
 * Turns out-of-fold probabilities into 0/1 decisions; each fold's thresholds are tuned on the other folds' rows
 * only, so the reported scores never see a threshold fitted to the items they score.
 */
export function crossFitDecisions(
  probabilities: Float64Array,
  targets: Uint8Array,
  labelCount: number,
  plan: FoldPlan,
  rule: DecisionRule,
): Uint8Array {
  const decisions = new Uint8Array(probabilities.length)
  for (let fold = 0; fold < plan.foldCount; fold++) {
    const { train, held } = foldIndexes(plan, fold)
    const fitted = fitRule(
      rule,
      selectRows(probabilities, labelCount, train),
      selectTargetRows(targets, labelCount, train),
      labelCount,
    )
    for (const index of held) decide(probabilities, index, labelCount, fitted, decisions)
  }
  return decisions
}

/** Fits a rule on all rows (what a shipped model uses). */
export function fitRule(
  rule: DecisionRule,
  probabilities: Float64Array,
  targets: Uint8Array,
  labelCount: number,
): FittedRule {
  const scored = { probabilities, targets, labelCount }
  switch (rule) {
    case 'argmax':
      return { kind: 'offsets', values: new Float64Array(labelCount) }
    case 'tuned-argmax':
      return { kind: 'offsets', values: tuneClassOffsets(probabilities, targets, labelCount) }
    case 'global-threshold':
      return {
        kind: 'thresholds',
        values: new Float64Array(labelCount).fill(tuneGlobalThreshold(scored)),
      }
    case 'label-thresholds':
      return { kind: 'thresholds', values: tuneLabelThresholds(scored) }
  }
}

/** Writes the 0/1 decisions of item `index` under a fitted rule. */
export function decide(
  probabilities: Float64Array,
  index: number,
  labelCount: number,
  fitted: FittedRule,
  decisions: Uint8Array,
): void {
  const row = index * labelCount
  if (fitted.kind === 'offsets') {
    decisions[row + offsetArgmax(probabilities, index, labelCount, fitted.values)] = 1
    return
  }
  for (let label = 0; label < labelCount; label++)
    decisions[row + label] = probabilities[row + label]! >= fitted.values[label]! ? 1 : 0
}
