import { type LinearModel, scoreLinear, toProbabilities } from '../linear-model.ts'
import { type FoldPlan, outOfFold } from '../out-of-fold.ts'
import { concatVectors, type SparseVector, toSparseVector } from '../sparse-vector.ts'
import { countCharGrams, countWordGrams, type NgramOptions } from '../text-features.ts'
import { applyIdf, fitIdf, type Idf } from '../tfidf.ts'
import { trainLinearModel } from '../train-linear-model.ts'
import { tuneGlobalThreshold } from '../tune-thresholds.ts'
import { groupFoldPlan } from './group-fold-plan.ts'
import { exampleText, type SemevalTask, type TaskExample } from './task-examples.ts'
import { TASK_LABELS, targetMatrix } from './task-labels.ts'

// The standard baseline of issue #10: TF-IDF (sublinear tf) over word 1–2-grams and character 2–5-grams, each
// block scaled to unit length as scikit-learn's FeatureUnion of two TfidfVectorizers does, then one-vs-rest
// logistic regression with balanced class weights, all six languages together, one global threshold.
// 2^19 buckets per block keep hash collisions rare, close to the vocabulary scikit-learn would build.
const BLOCK_DIMS = 2 ** 19
const WORDS: NgramOptions = {
  dims: BLOCK_DIMS,
  minWordLength: 2,
  maxWordOrder: 2,
  charOrders: [0, 0],
  languageSalt: null,
}
const CHARS: NgramOptions = { ...WORDS, charOrders: [2, 5] }
// Logistic regression by AdaGrad.
const TRAINING = {
  loss: 'sigmoid',
  epochs: 5,
  learningRate: 0.2,
  l2: 1e-4,
  classWeight: 'balanced',
  seed: 2023,
} as const
// The global threshold is chosen on out-of-fold predictions of this many article-grouped folds.
const THRESHOLD_FOLDS = 5

/** Raw word and character n-gram counts of one item, before tf-idf. */
export interface BaselineCounts {
  readonly words: SparseVector
  readonly chars: SparseVector
}

/** A trained baseline: idf per block, the classifier and its decision threshold (null for genre: argmax). */
export interface BaselineModel {
  readonly task: SemevalTask
  readonly labels: readonly string[]
  readonly wordIdf: Idf
  readonly charIdf: Idf
  readonly classifier: LinearModel
  readonly threshold: number | null
}

/** Counts the baseline's n-grams in a text. */
export function baselineCounts(text: string): BaselineCounts {
  const words = new Map<number, number>()
  const chars = new Map<number, number>()
  countWordGrams(text, words, WORDS)
  countCharGrams(text, chars, CHARS)
  return { words: toSparseVector(words), chars: toSparseVector(chars) }
}

/**
 * Trains the baseline on labelled items. Genre picks one label by argmax; frames and techniques apply one global
 * threshold, tuned on out-of-fold predictions (article-grouped folds) to maximise micro-F1.
 */
export function trainBaseline(
  task: SemevalTask,
  examples: readonly TaskExample[],
  counts: readonly BaselineCounts[] = examples.map((example) =>
    baselineCounts(exampleText(example)),
  ),
): BaselineModel {
  const model = fitBaseline(task, examples, counts)
  if (task === 'genre') return model
  const plan = groupFoldPlan(examples, THRESHOLD_FOLDS, TRAINING.seed)
  const probabilities = baselineOutOfFold(task, examples, counts, plan)
  const threshold = tuneGlobalThreshold({
    probabilities,
    targets: targetMatrix(
      examples.map((example) => example.labels),
      TASK_LABELS[task],
    ),
    labelCount: TASK_LABELS[task].length,
  })
  return { ...model, threshold }
}

/** Out-of-fold probabilities of the baseline classifier (before any threshold), row-major. */
export function baselineOutOfFold(
  task: SemevalTask,
  examples: readonly TaskExample[],
  counts: readonly BaselineCounts[],
  plan: FoldPlan,
): Float64Array {
  return outOfFold(plan, TASK_LABELS[task].length, (train, held) =>
    predictBaseline(
      fitBaseline(
        task,
        train.map((index) => examples[index]!),
        train.map((index) => counts[index]!),
      ),
      held.map((index) => counts[index]!),
    ),
  )
}

/** Probabilities of every label for each item, row-major. */
export function predictBaseline(
  model: BaselineModel,
  counts: readonly BaselineCounts[],
): Float64Array {
  const labelCount = model.labels.length
  const probabilities = new Float64Array(counts.length * labelCount)
  const scores = new Float64Array(labelCount)
  counts.forEach((count, row) => {
    scoreLinear(model.classifier, baselineVector(model, count), scores)
    probabilities.set(toProbabilities(scores, 'sigmoid'), row * labelCount)
  })
  return probabilities
}

/** The labels the baseline assigns to each item given its probabilities. */
export function baselineDecisions(model: BaselineModel, probabilities: Float64Array): string[][] {
  const labelCount = model.labels.length
  const decisions: string[][] = []
  for (let row = 0; row * labelCount < probabilities.length; row++) {
    const scores = probabilities.subarray(row * labelCount, (row + 1) * labelCount)
    if (model.threshold === null) {
      let best = 0
      for (let label = 1; label < labelCount; label++)
        if (scores[label]! > scores[best]!) best = label
      decisions.push([model.labels[best]!])
    } else {
      const threshold = model.threshold
      decisions.push(model.labels.filter((_, label) => scores[label]! >= threshold))
    }
  }
  return decisions
}

/** Fits the classifier alone (no threshold yet). */
export function fitBaseline(
  task: SemevalTask,
  examples: readonly TaskExample[],
  counts: readonly BaselineCounts[],
): BaselineModel {
  const labels = TASK_LABELS[task]
  const wordIdf = fitIdf(
    counts.map((count) => count.words),
    BLOCK_DIMS,
  )
  const charIdf = fitIdf(
    counts.map((count) => count.chars),
    BLOCK_DIMS,
  )
  const partial = { task, labels, wordIdf, charIdf, threshold: task === 'genre' ? null : 0.5 }
  const vectors = counts.map((count) => baselineVector(partial, count))
  const classifier = trainLinearModel(
    {
      vectors,
      targets: targetMatrix(
        examples.map((example) => example.labels),
        labels,
      ),
      labelCount: labels.length,
      dims: 2 * BLOCK_DIMS,
    },
    TRAINING,
  )
  return { ...partial, classifier }
}

function baselineVector(
  model: Pick<BaselineModel, 'wordIdf' | 'charIdf'>,
  counts: BaselineCounts,
): SparseVector {
  return concatVectors([
    { vector: applyIdf(counts.words, model.wordIdf), offset: 0 },
    { vector: applyIdf(counts.chars, model.charIdf), offset: BLOCK_DIMS },
  ])
}
