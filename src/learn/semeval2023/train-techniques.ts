import { trainAveragedLinearModel } from '../train-averaged-linear-model.ts'
import { fitRule } from './cross-fit-decisions.ts'
import { crossValidateTechniques, type TechniqueCvOptions } from './cross-validate-techniques.ts'
import { type EvidenceScores, scoreEvidence } from './evidence-scores.ts'
import type { SemevalModel } from './model-artefact.ts'
import { packModel } from './pack-model.ts'
import { type LanguageScores, scoreByLanguage } from './score-by-language.ts'
import { stackWidth } from './stack-features.ts'
import type { TaskExample } from './task-examples.ts'
import { TASK_LABELS } from './task-labels.ts'
import { techniqueArticles } from './technique-articles.ts'
import { fitStageOne } from './technique-stage-one.ts'

/** A trained technique model with its cross-validated figures. */
export interface TechniqueTraining {
  readonly artefact: SemevalModel
  readonly scores: readonly LanguageScores[]
  readonly evidence: EvidenceScores
  /** Cross-validated probabilities and decisions, for calibration tables. */
  readonly probabilities: Float64Array
  readonly decisions: Uint8Array
}

/**
 * Cross-validates the technique model, then fits the shipped one: stage one on every paragraph, stage two on
 * the out-of-fold stage-one scores, and the decision rule on the out-of-fold stage-two probabilities.
 */
export function trainTechniques(
  examples: readonly TaskExample[],
  options: TechniqueCvOptions & { readonly stack: NonNullable<TechniqueCvOptions['stack']> },
  data: string,
): TechniqueTraining {
  const labels = TASK_LABELS.techniques
  const articles = techniqueArticles(examples, options.stageOne.features)
  const cv = crossValidateTechniques(examples, articles, options)
  const stageOne = fitStageOne(articles, examples, options.stageOne)
  const stack = trainAveragedLinearModel(
    {
      vectors: cv.stackVectors,
      targets: cv.targets,
      labelCount: labels.length,
      dims: stackWidth(labels.length),
    },
    options.stack,
    options.stackRuns,
  )
  const artefact = packModel(
    {
      task: 'techniques',
      labels,
      features: options.stageOne.features,
      idf: stageOne.idf,
      classifier: stageOne.classifier,
      stack,
      rule: fitRule(options.rule, cv.probabilities, cv.targets, labels.length),
      decideOn: 'second-stage',
      provenance: {
        data,
        seed: options.seed,
        folds: options.foldCount,
        examples: examples.length,
      },
    },
    options.stageOne.pruneBelow,
  )
  return {
    artefact,
    scores: scoreByLanguage('techniques', examples, labels, cv.probabilities, cv.decisions),
    evidence: scoreEvidence(examples, articles, cv.stageOne, cv.decisions, labels),
    probabilities: cv.probabilities,
    decisions: cv.decisions,
  }
}
