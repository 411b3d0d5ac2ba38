import type { LinearModel } from '../linear-model.ts'
import { scoreLinear, sigmoid } from '../linear-model.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { trainAveragedLinearModel } from '../train-averaged-linear-model.ts'
import type { TrainingOptions } from '../train-linear-model.ts'
import type { FeatureConfig } from './feature-config.ts'
import { featureLayout } from './feature-config.ts'
import type { ParagraphUnits } from './scan-article.ts'
import { shippedForm } from './shipped-form.ts'
import { STYLE_FEATURES } from './style-features.ts'
import type { TaskExample } from './task-examples.ts'
import { TASK_LABELS, targetMatrix } from './task-labels.ts'
import type { TechniqueArticle } from './technique-articles.ts'
import { type BlockIdf, fitBlockIdf, unitVector } from './unit-vector.ts'

/** Options of the first stage: features, optimiser, and how much the span-labelled sentences count. */
export interface StageOneOptions {
  readonly features: FeatureConfig
  readonly training: TrainingOptions
  /** How many SGD fits (seeds training.seed, training.seed + 1, …) are averaged into the one shipped. */
  readonly runs: number
  /** Weight of each sentence unit (labelled from the gold spans) relative to a paragraph; 0 for none. */
  readonly sentenceWeight: number
  /** Weights below this share of their label's largest are dropped when packed (see packMatrix). */
  readonly pruneBelow: number
}

/** The first stage: idf and one linear model scoring both paragraphs and sentences. */
export interface StageOneModel {
  readonly idf: BlockIdf
  readonly classifier: LinearModel
}

/** First-stage scores of one paragraph: its own logits and, per label, the best sentence's logit and index. */
export interface ParagraphScores {
  readonly paragraph: Float64Array
  readonly bestSentence: Float64Array
  readonly bestSentenceIndex: Int32Array
  /** Logits of every sentence, in order. */
  readonly sentences: readonly Float64Array[]
}

/** Trains the first stage on the paragraphs of `articles` (and their sentences, labelled from the spans). */
export function fitStageOne(
  articles: readonly TechniqueArticle[],
  examples: readonly TaskExample[],
  options: StageOneOptions,
): StageOneModel {
  const labels = TASK_LABELS.techniques
  const layout = featureLayout(options.features, STYLE_FEATURES.length)
  const idf = fitBlockIdf(
    articles.flatMap((article) => article.units.map((unit) => unit.paragraph)),
    options.features,
  )
  const vectors: SparseVector[] = []
  const labelSets: (readonly string[])[] = []
  const weights: number[] = []
  for (const article of articles) {
    article.units.forEach((unit, position) => {
      vectors.push(unitVector(unit.paragraph, idf, options.features, layout))
      labelSets.push(examples[article.exampleIndexes[position]!]!.labels)
      weights.push(1)
      if (options.sentenceWeight <= 0 || unit.sentences.length < 2) return
      unit.sentences.forEach((sentence, index) => {
        vectors.push(unitVector(sentence.counts, idf, options.features, layout))
        labelSets.push(article.sentenceLabels[position]![index]!)
        weights.push(options.sentenceWeight)
      })
    })
  }
  const classifier = trainAveragedLinearModel(
    {
      vectors,
      targets: targetMatrix(labelSets, labels),
      labelCount: labels.length,
      dims: layout.dims,
      exampleWeights: Float32Array.from(weights),
    },
    options.training,
    options.runs,
  )
  return shippedForm({ idf, classifier }, options.pruneBelow)
}

/** Scores every paragraph of an article and each of its sentences. */
export function scoreStageOne(
  model: StageOneModel,
  units: readonly ParagraphUnits[],
  features: FeatureConfig,
): ParagraphScores[] {
  const layout = featureLayout(features, STYLE_FEATURES.length)
  const labelCount = model.classifier.labelCount
  return units.map((unit) => {
    const paragraph = scoreLinear(
      model.classifier,
      unitVector(unit.paragraph, model.idf, features, layout),
    )
    const bestSentence = new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY)
    const bestSentenceIndex = new Int32Array(labelCount)
    const sentences = unit.sentences.map((sentence, index) => {
      const scores = scoreLinear(
        model.classifier,
        unitVector(sentence.counts, model.idf, features, layout),
      )
      for (let label = 0; label < labelCount; label++) {
        if (scores[label]! > bestSentence[label]!) {
          bestSentence[label] = scores[label]!
          bestSentenceIndex[label] = index
        }
      }
      return scores
    })
    return { paragraph, bestSentence, bestSentenceIndex, sentences }
  })
}

/** A logit squashed to a probability; exported for the stacking stage. */
export const toProbability = sigmoid
