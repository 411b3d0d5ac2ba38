import { baselineCounts, baselineOutOfFold } from './baseline.ts'
import { crossFitDecisions } from './cross-fit-decisions.ts'
import { groupFoldPlan } from './group-fold-plan.ts'
import { type LanguageScores, scoreByLanguage } from './score-by-language.ts'
import { exampleText, type SemevalTask, type TaskExample } from './task-examples.ts'
import { TASK_LABELS, targetMatrix } from './task-labels.ts'

/** The baseline's cross-validated figures on the same folds as ours (its global threshold fitted out of fold). */
export function crossValidateBaseline(
  task: SemevalTask,
  examples: readonly TaskExample[],
  foldCount: number,
  seed: number,
): LanguageScores[] {
  const labels = TASK_LABELS[task]
  const plan = groupFoldPlan(examples, foldCount, seed)
  const probabilities = baselineOutOfFold(
    task,
    examples,
    examples.map((example) => baselineCounts(exampleText(example))),
    plan,
  )
  const targets = targetMatrix(
    examples.map((example) => example.labels),
    labels,
  )
  const decisions = crossFitDecisions(
    probabilities,
    targets,
    labels.length,
    plan,
    task === 'genre' ? 'argmax' : 'global-threshold',
  )
  return scoreByLanguage(task, examples, labels, probabilities, decisions)
}
