import { expectedCalibrationError } from '../metrics/expected-calibration-error.ts'
import { type LabelScores, scoreLabelSets } from '../metrics/label-scores.ts'
import type { SemevalTask, TaskExample } from './task-examples.ts'

/** One language's scores for one task: the official figures and calibration. */
export interface LanguageScores {
  readonly lang: string
  readonly items: number
  readonly scores: LabelScores
  /** The task's official metric: macro-F1 for genre, micro-F1 for frames and techniques. */
  readonly official: number
  /** Calibration error over every (item, label) probability (top label only for genre). */
  readonly ece: number
  /** Calibration error over the labels actually assigned. */
  readonly eceAssigned: number
}

/** Scores decisions and probabilities per language and over all languages (`all`). */
export function scoreByLanguage(
  task: SemevalTask,
  examples: readonly TaskExample[],
  labels: readonly string[],
  probabilities: Float64Array,
  decisions: Uint8Array,
): LanguageScores[] {
  const languages = [...new Set(examples.map((example) => example.lang))]
  return [...languages, 'all'].map((lang) => {
    const rows = examples
      .map((example, index) => ({ example, index }))
      .filter(({ example }) => lang === 'all' || example.lang === lang)
    const gold = rows.map(({ example }) => example.labels)
    const predicted = rows.map(({ index }) =>
      labels.filter((_, label) => decisions[index * labels.length + label] === 1),
    )
    const scores = scoreLabelSets(gold, predicted, labels, task === 'genre' ? 'present' : 'all')
    const all = { confidences: [] as number[], outcomes: [] as boolean[] }
    const assigned = { confidences: [] as number[], outcomes: [] as boolean[] }
    for (const { example, index } of rows) {
      const goldSet = new Set(example.labels)
      labels.forEach((label, column) => {
        const probability = probabilities[index * labels.length + column]!
        const isAssigned = decisions[index * labels.length + column] === 1
        if (task !== 'genre' || isAssigned) {
          all.confidences.push(probability)
          all.outcomes.push(goldSet.has(label))
        }
        if (isAssigned) {
          assigned.confidences.push(probability)
          assigned.outcomes.push(goldSet.has(label))
        }
      })
    }
    return {
      lang,
      items: rows.length,
      scores,
      official: task === 'genre' ? scores.macro.f1 : scores.micro.f1,
      ece: expectedCalibrationError(all.confidences, all.outcomes),
      eceAssigned: expectedCalibrationError(assigned.confidences, assigned.outcomes),
    }
  })
}
