import { crossValidateBaseline } from './baseline-cv.ts'
import type { EvidenceScores } from './evidence-scores.ts'
import type { SemevalModel } from './model-artefact.ts'
import { readTrainingSplits } from './read-training-splits.ts'
import type { LanguageScores } from './score-by-language.ts'
import {
  CV_FOLDS,
  CV_SEED,
  FRAME_OPTIONS,
  GENRE_OPTIONS,
  TECHNIQUE_OPTIONS,
} from './task-configs.ts'
import { type SemevalTask, taskExamples } from './task-examples.ts'
import { trainDocuments } from './train-documents.ts'
import { trainTechniques } from './train-techniques.ts'

/** A trained task: the artefact, its cross-validated figures, and the baseline's when asked for. */
export interface TaskTraining {
  readonly task: SemevalTask
  readonly artefact: SemevalModel
  readonly scores: readonly LanguageScores[]
  readonly baseline: readonly LanguageScores[] | null
  readonly evidence: EvidenceScores | null
  /** Cross-validated probabilities, decisions and gold, for the calibration table. */
  readonly probabilities: Float64Array
  readonly decisions: Uint8Array
  readonly gold: readonly (readonly string[])[]
  /** Examples per language. */
  readonly examples: Readonly<Record<string, number>>
}

/**
 * Trains one SemEval-2023 Task 3 model from the train splits under `root` with the settings of task-configs.ts,
 * cross-validating it (and the baseline, with `withBaseline`) on the same folds.
 */
export function trainSemevalTask(
  task: SemevalTask,
  root: string,
  options: { withBaseline: boolean; data: string },
): TaskTraining {
  const examples = taskExamples(readTrainingSplits(root), task)
  const counts: Record<string, number> = {}
  for (const example of examples) counts[example.lang] = (counts[example.lang] ?? 0) + 1
  const trained =
    task === 'techniques'
      ? trainTechniques(examples, TECHNIQUE_OPTIONS, options.data)
      : {
          ...trainDocuments(
            task,
            examples,
            task === 'frames' ? FRAME_OPTIONS : GENRE_OPTIONS,
            options.data,
          ),
          evidence: null,
        }
  return {
    task,
    artefact: trained.artefact,
    scores: trained.scores,
    baseline: options.withBaseline
      ? crossValidateBaseline(task, examples, CV_FOLDS, CV_SEED)
      : null,
    evidence: trained.evidence,
    probabilities: trained.probabilities,
    decisions: trained.decisions,
    gold: examples.map((example) => example.labels),
    examples: counts,
  }
}
