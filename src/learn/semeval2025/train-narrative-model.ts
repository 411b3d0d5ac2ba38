import { type LinearModel, scoreLinear } from '../linear-model.ts'
import { fitPlatt } from '../platt-scaling.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { applyIdf, fitIdf } from '../tfidf.ts'
import { trainLinearModel } from '../train-linear-model.ts'
import { assignFolds } from './assign-folds.ts'
import { calibrateOtherByLanguage } from './calibrate-other-by-language.ts'
import { countNarrativeFeatures, type NarrativeFeatureOptions } from './narrative-features.ts'
import { isSubNarrative } from './narrative-labels.ts'
import { type NarrativeModel, withLanguage } from './narrative-model.ts'
import type { NarrativeLabels } from './read-semeval2025.ts'

/** A training document with its gold narratives and sub-narratives. */
export interface LabelledDocument {
  readonly id: string
  readonly lang: string
  readonly text: string
  readonly labels: NarrativeLabels
}

/** How to train the narrative model. */
export interface NarrativeTrainingOptions {
  readonly features: NarrativeFeatureOptions
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  readonly seed: number
  /** Folds whose out-of-fold scores fit each label's calibration. */
  readonly calibrationFolds: number
  /** Which labels are trained with balanced class weights (the others unweighted). */
  readonly balanced: { readonly narratives: boolean; readonly subNarratives: boolean }
}

// 2^15 hashed features keep the shipped weights small (one byte each, about 3.7 MB) at the cross-validated F1 of
// 2^18. Character 3–5-grams within words raised out-of-fold samples-F1 from 0.492 to 0.518 on narratives and from
// 0.347 to 0.369 on sub-narratives (English 0.494 -> 0.527 and 0.421 -> 0.447); with them, twelve AdaGrad passes
// beat eight (0.524 and 0.375), and L2 3e-5 changed nothing.
export const DEFAULT_NARRATIVE_TRAINING: NarrativeTrainingOptions = {
  features: { dims: 2 ** 15, stemLength: 5, charOrders: [3, 5] },
  epochs: 12,
  learningRate: 0.2,
  l2: 1e-4,
  seed: 2025,
  calibrationFolds: 4,
  // Balanced weights lift rare labels, which the sub-narratives need, but made the narratives and "Other" too eager.
  // Out of fold, narratives unweighted and sub-narratives balanced (trained apart) gave samples-F1 0.551 and 0.388
  // (English 0.591 and 0.486), against 0.524 and 0.375 all balanced and 0.540 and 0.349 all unweighted; both groups
  // trained together, with one AdaGrad step per feature, gave 0.518 and 0.370.
  balanced: { narratives: false, subNarratives: true },
}

// Below this many training documents with a label, its calibration is the one shared by all labels.
const MIN_POSITIVES_FOR_OWN_CALIBRATION = 10

/**
 * Trains the narrative classifier on documents of every language together: one-vs-rest logistic regression over
 * hashed tf-idf features with a bias feature per language, then Platt scaling per label on out-of-fold scores.
 */
export function trainNarrativeModel(
  documents: readonly LabelledDocument[],
  options: NarrativeTrainingOptions = DEFAULT_NARRATIVE_TRAINING,
  counts: readonly SparseVector[] = documents.map((document) =>
    countNarrativeFeatures(document.text, options.features),
  ),
): NarrativeModel {
  const labels = [
    ...new Set(
      documents.flatMap((document) => [
        ...document.labels.narratives,
        ...document.labels.subNarratives,
      ]),
    ),
  ].sort()
  const languages = [...new Set(documents.map((document) => document.lang.toLowerCase()))].sort()
  const all = documents.map((_, index) => index)
  const folds = assignFolds(documents, options.calibrationFolds, options.seed)
  const outOfFold = new Float64Array(documents.length * labels.length)
  for (let fold = 0; fold < options.calibrationFolds; fold++) {
    const train = all.filter((index) => folds[index] !== fold)
    const held = all.filter((index) => folds[index] === fold)
    if (train.length === 0 || held.length === 0) continue
    const model = fitUncalibrated(documents, counts, train, labels, languages, options)
    for (const index of held) {
      const vector = withLanguage(
        applyIdf(counts[index]!, model.idf),
        documents[index]!.lang,
        model,
      )
      outOfFold.set(scoreLinear(model.classifier, vector), index * labels.length)
    }
  }
  const targets = new Uint8Array(outOfFold.length)
  all.forEach((index) => {
    labels.forEach((label, column) => {
      if (hasLabel(documents[index]!.labels, label)) targets[index * labels.length + column] = 1
    })
  })
  // Labels with few examples get one scaling fitted on every label's scores together: fitted alone, a handful of
  // positives can give a flat or even decreasing map.
  const shared = fitPlatt(outOfFold, targets)
  const calibration = labels.map((_, column) => {
    const labelTargets = all.map((index) => targets[index * labels.length + column]!)
    const positives = labelTargets.reduce((sum, target) => sum + target, 0)
    if (positives < MIN_POSITIVES_FOR_OWN_CALIBRATION) return shared
    const own = fitPlatt(
      all.map((index) => outOfFold[index * labels.length + column]!),
      labelTargets,
    )
    return own.slope > 0 ? own : shared
  })
  return {
    ...fitUncalibrated(documents, counts, all, labels, languages, options),
    calibration,
    otherCalibrationByLanguage: calibrateOtherByLanguage(documents, labels, outOfFold, calibration),
  }
}

function fitUncalibrated(
  documents: readonly LabelledDocument[],
  counts: readonly SparseVector[],
  rows: readonly number[],
  labels: readonly string[],
  languages: readonly string[],
  options: NarrativeTrainingOptions,
): Omit<NarrativeModel, 'calibration' | 'otherCalibrationByLanguage'> {
  const { dims } = options.features
  const idf = fitIdf(
    rows.map((index) => counts[index]!),
    dims,
  )
  const shape = { features: options.features, languages }
  const vectors = rows.map((index) =>
    withLanguage(applyIdf(counts[index]!, idf), documents[index]!.lang, shape),
  )
  const isBalanced = (label: string) =>
    isSubNarrative(label) ? options.balanced.subNarratives : options.balanced.narratives
  // Balanced and unweighted labels are trained apart: AdaGrad's step per feature follows the gradients of all the
  // labels trained together, and the large weighted gradients of rare sub-narratives would slow the narratives'.
  const groups = [labels.filter(isBalanced), labels.filter((label) => !isBalanced(label))]
  const parts = groups.flatMap((group, index) => {
    if (group.length === 0) return []
    const targets = new Uint8Array(rows.length * group.length)
    rows.forEach((row, position) => {
      group.forEach((label, column) => {
        if (hasLabel(documents[row]!.labels, label)) targets[position * group.length + column] = 1
      })
    })
    const model = trainLinearModel(
      { vectors, targets, labelCount: group.length, dims },
      {
        loss: 'sigmoid',
        epochs: options.epochs,
        learningRate: options.learningRate,
        l2: options.l2,
        classWeight: index === 0 ? 'balanced' : 'none',
        seed: options.seed,
      },
    )
    return [{ group, model }]
  })
  const classifier = mergeClassifiers(labels, parts, dims)
  return { labels, features: options.features, idf, classifier, languages }
}

// One classifier over all labels, in `labels` order, from classifiers over disjoint groups of them.
function mergeClassifiers(
  labels: readonly string[],
  parts: readonly { group: readonly string[]; model: LinearModel }[],
  dims: number,
): LinearModel {
  const labelCount = labels.length
  const weights = new Float32Array(dims * labelCount)
  const bias = new Float32Array(labelCount)
  for (const { group, model } of parts) {
    group.forEach((label, from) => {
      const to = labels.indexOf(label)
      bias[to] = model.bias[from]!
      for (let feature = 0; feature < dims; feature++)
        weights[feature * labelCount + to] = model.weights[feature * group.length + from]!
    })
  }
  return { dims, labelCount, weights, bias, loss: 'sigmoid' }
}

function hasLabel(labels: NarrativeLabels, label: string): boolean {
  return labels.narratives.includes(label) || labels.subNarratives.includes(label)
}
