import { trainLinearModel } from '../train-linear-model.ts'
import { fitRule } from './cross-fit-decisions.ts'
import {
  crossValidateDocuments,
  type DocumentCvOptions,
  fitDocumentModel,
} from './cross-validate-documents.ts'
import { documentCounts } from './document-articles.ts'
import { documentStackWidth } from './document-stack.ts'
import type { SemevalModel } from './model-artefact.ts'
import { packModel } from './pack-model.ts'
import { type LanguageScores, scoreByLanguage } from './score-by-language.ts'
import type { SemevalTask, TaskExample } from './task-examples.ts'
import { TASK_LABELS } from './task-labels.ts'

/** A trained document-level model (frames or genre) with its cross-validated figures. */
export interface DocumentTraining {
  readonly artefact: SemevalModel
  readonly scores: readonly LanguageScores[]
  readonly probabilities: Float64Array
  readonly decisions: Uint8Array
}

/**
 * Cross-validates a document-level model, then fits the shipped one: stage one on every document, stage two on
 * out-of-fold stage-one logits, the decision rule on out-of-fold probabilities.
 */
export function trainDocuments(
  task: Exclude<SemevalTask, 'techniques'>,
  examples: readonly TaskExample[],
  options: DocumentCvOptions,
  data: string,
): DocumentTraining {
  const labels = TASK_LABELS[task]
  const counts = documentCounts(examples, options.features)
  const cv = crossValidateDocuments(task, examples, counts, options)
  const stageOne = fitDocumentModel(
    task,
    counts,
    examples.map((example) => example.labels),
    options,
  )
  const stack = trainLinearModel(
    {
      vectors: cv.stackVectors,
      targets: cv.targets,
      labelCount: labels.length,
      dims: documentStackWidth(labels.length, options.decideOn === 'first-stage'),
    },
    options.stack,
  )
  const artefact = packModel(
    {
      task,
      labels,
      features: options.features,
      idf: stageOne.idf,
      classifier: stageOne.classifier,
      stack,
      rule: fitRule(options.rule, cv.decisionInput, cv.targets, labels.length),
      decideOn: options.decideOn,
      provenance: { data, seed: options.seed, folds: options.foldCount, examples: examples.length },
    },
    options.pruneBelow,
  )
  return {
    artefact,
    scores: scoreByLanguage(task, examples, labels, cv.probabilities, cv.decisions),
    probabilities: cv.probabilities,
    decisions: cv.decisions,
  }
}
