import { type LabelScores, scoreLabelSets } from '../metrics/label-scores.ts'
import type { SemevalTask, TaskExample } from './task-examples.ts'
import { TASK_LABELS } from './task-labels.ts'

/** Official figures of one system on one split, as `narrascope eval` prints them. */
export interface EvaluationReport {
  readonly items: number
  /** macro-F1 for subtask 1 (genre), micro-F1 for subtasks 2 and 3. */
  readonly official: { readonly metric: 'macro-F1' | 'micro-F1'; readonly value: number }
  readonly micro: LabelScores['micro']
  readonly macro: LabelScores['macro']
  readonly perLabel: Readonly<
    Record<string, { precision: number; recall: number; f1: number; support: number }>
  >
}

/**
 * Scores predicted label sets against the examples' gold labels with the official definitions: subtask 1
 * macro-averages over the genres present in gold or predictions, subtasks 2 and 3 binarise all labels.
 */
export function evaluatePredictions(
  task: SemevalTask,
  examples: readonly TaskExample[],
  predicted: readonly (readonly string[])[],
): EvaluationReport {
  const labels = TASK_LABELS[task]
  const scores = scoreLabelSets(
    examples.map((example) => example.labels),
    predicted,
    labels,
    task === 'genre' ? 'present' : 'all',
  )
  const perLabel: Record<
    string,
    { precision: number; recall: number; f1: number; support: number }
  > = {}
  for (const label of labels) {
    const score = scores.perLabel[label]!
    perLabel[label] = {
      precision: round(score.precision),
      recall: round(score.recall),
      f1: round(score.f1),
      support: score.support,
    }
  }
  const official = task === 'genre' ? scores.macro.f1 : scores.micro.f1
  return {
    items: examples.length,
    official: { metric: task === 'genre' ? 'macro-F1' : 'micro-F1', value: round(official) },
    micro: roundAll(scores.micro),
    macro: roundAll(scores.macro),
    perLabel,
  }
}

// Four decimals: the official scorer prints as many, and ties below that are noise.
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}

function roundAll(score: LabelScores['micro']): LabelScores['micro'] {
  return { precision: round(score.precision), recall: round(score.recall), f1: round(score.f1) }
}
