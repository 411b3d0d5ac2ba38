import type { LinearModel } from '../linear-model.ts'
import { scoreLinear, toProbabilities } from '../linear-model.ts'
import { type FoldPlan, outOfFold, selectTargetRows } from '../out-of-fold.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { trainAveragedLinearModel } from '../train-averaged-linear-model.ts'
import { type TrainingOptions, trainLinearModel } from '../train-linear-model.ts'
import { ARTICLE_STYLE_FEATURES } from './article-style.ts'
import { crossFitDecisions, type DecisionRule } from './cross-fit-decisions.ts'
import { documentStackVector, documentStackWidth } from './document-stack.ts'
import type { FeatureConfig } from './feature-config.ts'
import { featureLayout } from './feature-config.ts'
import type { DocumentCounts } from './featurize-document.ts'
import { groupFoldPlan } from './group-fold-plan.ts'
import { shippedForm } from './shipped-form.ts'
import type { SemevalTask, TaskExample } from './task-examples.ts'
import { TASK_LABELS, targetMatrix } from './task-labels.ts'
import { type BlockIdf, fitBlockIdf, unitVector } from './unit-vector.ts'

/** How a document-level model (frames or genre) is trained and cross-validated. */
export interface DocumentCvOptions {
  readonly features: FeatureConfig
  readonly training: TrainingOptions
  /**
   * The first stage is fitted this many times (seeds training.seed, +1, …) and the weights averaged: one linear
   * model, with much less of SGD's dependence on the example order. 1 when absent.
   */
  readonly trainingRuns?: number
  /** The second stage (co-occurrence, language, extra features); always fitted without class weights. */
  readonly stack: TrainingOptions
  readonly rule: DecisionRule
  /**
   * What the rule decides on: the calibrated second-stage probabilities, or the first stage's (trained with
   * balanced class weights, so rare classes are not drowned by the prior; the confidence still comes from the
   * second stage).
   */
  readonly decideOn: 'second-stage' | 'first-stage'
  /** Weights below this share of their label's largest are dropped when packed (see packMatrix). */
  readonly pruneBelow: number
  readonly foldCount: number
  readonly seed: number
}

/** A first-stage document model: idf and classifier. */
export interface DocumentModel {
  readonly idf: BlockIdf
  readonly classifier: LinearModel
}

/** Out-of-fold results for every document example. */
export interface DocumentCvResult {
  readonly plan: FoldPlan
  readonly logits: Float64Array
  readonly stackVectors: readonly SparseVector[]
  readonly targets: Uint8Array
  readonly probabilities: Float64Array
  /** What the decision rule was fitted on (see DocumentCvOptions.decideOn). */
  readonly decisionInput: Float64Array
  readonly decisions: Uint8Array
}

/** Fits the first stage on documents. */
export function fitDocumentModel(
  task: SemevalTask,
  counts: readonly DocumentCounts[],
  labelSets: readonly (readonly string[])[],
  options: Pick<DocumentCvOptions, 'features' | 'training' | 'trainingRuns' | 'pruneBelow'>,
): DocumentModel {
  const labels = TASK_LABELS[task]
  const layout = featureLayout(options.features, ARTICLE_STYLE_FEATURES.length)
  const idf = fitBlockIdf(
    counts.map((count) => count.document),
    options.features,
  )
  const classifier = trainAveragedLinearModel(
    {
      vectors: counts.map((count) => unitVector(count.document, idf, options.features, layout)),
      targets: targetMatrix(labelSets, labels),
      labelCount: labels.length,
      dims: layout.dims,
    },
    options.training,
    options.trainingRuns ?? 1,
  )
  return shippedForm({ idf, classifier }, options.pruneBelow)
}

/** First-stage logits of one document. */
export function documentLogits(
  model: DocumentModel,
  counts: DocumentCounts,
  features: FeatureConfig,
): Float64Array {
  const layout = featureLayout(features, ARTICLE_STYLE_FEATURES.length)
  return scoreLinear(model.classifier, unitVector(counts.document, model.idf, features, layout))
}

/** Cross-validates a document-level task by article-grouped folds. */
export function crossValidateDocuments(
  task: SemevalTask,
  examples: readonly TaskExample[],
  counts: readonly DocumentCounts[],
  options: DocumentCvOptions,
): DocumentCvResult {
  const labels = TASK_LABELS[task]
  const labelCount = labels.length
  const plan = groupFoldPlan(examples, options.foldCount, options.seed)
  const labelSets = examples.map((example) => example.labels)
  const logits = outOfFold(plan, labelCount, (train, held) => {
    const model = fitDocumentModel(
      task,
      train.map((index) => counts[index]!),
      train.map((index) => labelSets[index]!),
      options,
    )
    const rows = new Float64Array(held.length * labelCount)
    held.forEach((index, row) => {
      rows.set(documentLogits(model, counts[index]!, options.features), row * labelCount)
    })
    return rows
  })
  const targets = targetMatrix(labelSets, labels)
  // Deciding on the first stage needs no second stage, so the (out-of-fold) decisions come first and the second
  // stage sees them (see documentStackVector). Each fold's offsets are fitted on the other folds, whose
  // decisions then feed the second stage fitted for that fold: the held fold's labels only reach it through the
  // two offsets of the other folds' rules.
  const firstStage = options.decideOn === 'first-stage'
  const firstDecisions = firstStage
    ? crossFitDecisions(
        firstStageProbabilities(logits, labelCount, options.training.loss),
        targets,
        labelCount,
        plan,
        options.rule,
      )
    : null
  const stackVectors = examples.map((example, index) =>
    documentStackVector(
      logits.subarray(index * labelCount, (index + 1) * labelCount),
      example.lang,
      firstDecisions ? firstDecisions.subarray(index * labelCount, (index + 1) * labelCount) : null,
    ),
  )
  const probabilities = outOfFold(plan, labelCount, (train, held) => {
    const model = trainLinearModel(
      {
        vectors: train.map((index) => stackVectors[index]!),
        targets: selectTargetRows(targets, labelCount, train),
        labelCount,
        dims: documentStackWidth(labelCount, firstStage),
      },
      options.stack,
    )
    const rows = new Float64Array(held.length * labelCount)
    const scores = new Float64Array(labelCount)
    held.forEach((index, row) => {
      scoreLinear(model, stackVectors[index]!, scores)
      rows.set(toProbabilities(scores, options.stack.loss), row * labelCount)
    })
    return rows
  })
  const decisionInput = firstStage
    ? firstStageProbabilities(logits, labelCount, options.training.loss)
    : probabilities
  const decisions =
    firstDecisions ?? crossFitDecisions(decisionInput, targets, labelCount, plan, options.rule)
  return { plan, logits, stackVectors, targets, probabilities, decisionInput, decisions }
}

/** First-stage probabilities of every row of logits. */
export function firstStageProbabilities(
  logits: Float64Array,
  labelCount: number,
  loss: LinearModel['loss'],
): Float64Array {
  const probabilities = new Float64Array(logits.length)
  for (let row = 0; row * labelCount < logits.length; row++) {
    const scores = logits.slice(row * labelCount, (row + 1) * labelCount)
    probabilities.set(toProbabilities(scores, loss), row * labelCount)
  }
  return probabilities
}
