import { scoreLinear, sigmoid } from '../linear-model.ts'
import { type FoldPlan, foldIndexes, outOfFold, selectTargetRows } from '../out-of-fold.ts'
import { applyPlatt, fitPlatt } from '../platt-scaling.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { trainAveragedLinearModel } from '../train-averaged-linear-model.ts'
import type { TrainingOptions } from '../train-linear-model.ts'
import { crossFitDecisions, type DecisionRule } from './cross-fit-decisions.ts'
import { groupFoldPlan } from './group-fold-plan.ts'
import { articleAggregates, stackVector, stackWidth } from './stack-features.ts'
import type { TaskExample } from './task-examples.ts'
import { TASK_LABELS, targetMatrix } from './task-labels.ts'
import type { TechniqueArticle } from './technique-articles.ts'
import {
  fitStageOne,
  type ParagraphScores,
  type StageOneOptions,
  scoreStageOne,
} from './technique-stage-one.ts'

/** How the technique model is cross-validated. */
export interface TechniqueCvOptions {
  readonly stageOne: StageOneOptions
  /** Second stage over all labels' first-stage scores and the article's; null to calibrate stage one alone. */
  readonly stack: TrainingOptions | null
  /** How many times the second stage is fitted (seeds stack.seed, stack.seed + 1, …); its weights are averaged. */
  readonly stackRuns: number
  readonly rule: DecisionRule
  readonly foldCount: number
  readonly seed: number
}

/** Out-of-fold results for every paragraph example. */
export interface TechniqueCvResult {
  readonly plan: FoldPlan
  readonly stageOne: readonly ParagraphScores[]
  /** Second-stage input of every example (built from out-of-fold first-stage scores). */
  readonly stackVectors: readonly SparseVector[]
  readonly targets: Uint8Array
  /** Calibrated probabilities, each fold's from models that never saw it. */
  readonly probabilities: Float64Array
  readonly decisions: Uint8Array
}

/** Cross-validates the technique model by article-grouped folds, with every tuned step fitted out of fold. */
export function crossValidateTechniques(
  examples: readonly TaskExample[],
  articles: readonly TechniqueArticle[],
  options: TechniqueCvOptions,
): TechniqueCvResult {
  const labels = TASK_LABELS.techniques
  const labelCount = labels.length
  const plan = groupFoldPlan(examples, options.foldCount, options.seed)
  const stageOne: ParagraphScores[] = new Array(examples.length)
  for (let fold = 0; fold < plan.foldCount; fold++) {
    const inFold = (article: TechniqueArticle) => plan.folds[article.exampleIndexes[0]!] === fold
    const model = fitStageOne(
      articles.filter((article) => !inFold(article)),
      examples,
      options.stageOne,
    )
    for (const article of articles.filter(inFold)) {
      scoreStageOne(model, article.units, options.stageOne.features).forEach((scores, position) => {
        stageOne[article.exampleIndexes[position]!] = scores
      })
    }
  }
  const stackVectors = stackInputs(examples, articles, stageOne, labelCount)
  const targets = targetMatrix(
    examples.map((example) => example.labels),
    labels,
  )
  const probabilities = options.stack
    ? crossFitStack(plan, stackVectors, targets, labelCount, options.stack, options.stackRuns)
    : crossFitPlatt(plan, stageOne, targets, labelCount)
  const decisions = crossFitDecisions(probabilities, targets, labelCount, plan, options.rule)
  return { plan, stageOne, stackVectors, targets, probabilities, decisions }
}

/** The second-stage input of every example from first-stage scores. */
export function stackInputs(
  examples: readonly TaskExample[],
  articles: readonly TechniqueArticle[],
  stageOne: readonly ParagraphScores[],
  labelCount: number,
): SparseVector[] {
  const vectors: SparseVector[] = new Array(examples.length)
  for (const article of articles) {
    const scores = article.exampleIndexes.map((index) => stageOne[index]!)
    const aggregates = articleAggregates(
      scores.map((score) => score.paragraph),
      labelCount,
    )
    article.exampleIndexes.forEach((index, position) => {
      vectors[index] = stackVector({
        paragraph: scores[position]!.paragraph,
        bestSentence: scores[position]!.bestSentence,
        ...aggregates,
        position,
        paragraphCount: article.exampleIndexes.length,
        lang: article.lang,
      })
    })
  }
  return vectors
}

function crossFitStack(
  plan: FoldPlan,
  vectors: readonly SparseVector[],
  targets: Uint8Array,
  labelCount: number,
  training: TrainingOptions,
  runs: number,
): Float64Array {
  return outOfFold(plan, labelCount, (train, held) => {
    const model = trainAveragedLinearModel(
      {
        vectors: train.map((index) => vectors[index]!),
        targets: selectTargetRows(targets, labelCount, train),
        labelCount,
        dims: stackWidth(labelCount),
      },
      training,
      runs,
    )
    const rows = new Float64Array(held.length * labelCount)
    const scores = new Float64Array(labelCount)
    held.forEach((index, row) => {
      scoreLinear(model, vectors[index]!, scores)
      for (let label = 0; label < labelCount; label++)
        rows[row * labelCount + label] = sigmoid(scores[label]!)
    })
    return rows
  })
}

function crossFitPlatt(
  plan: FoldPlan,
  stageOne: readonly ParagraphScores[],
  targets: Uint8Array,
  labelCount: number,
): Float64Array {
  const probabilities = new Float64Array(stageOne.length * labelCount)
  for (let fold = 0; fold < plan.foldCount; fold++) {
    const { train, held } = foldIndexes(plan, fold)
    for (let label = 0; label < labelCount; label++) {
      const scaling = fitPlatt(
        train.map((index) => stageOne[index]!.paragraph[label]!),
        train.map((index) => targets[index * labelCount + label]!),
      )
      for (const index of held)
        probabilities[index * labelCount + label] = applyPlatt(
          scaling,
          stageOne[index]!.paragraph[label]!,
        )
    }
  }
  return probabilities
}
