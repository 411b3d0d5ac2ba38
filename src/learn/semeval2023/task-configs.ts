import type { TrainingOptions } from '../train-linear-model.ts'
import type { DocumentCvOptions } from './cross-validate-documents.ts'
import type { TechniqueCvOptions } from './cross-validate-techniques.ts'
import type { FeatureConfig } from './feature-config.ts'

// Every figure in docs/models/semeval2023-cv.md comes from these settings; the comments cite the
// cross-validation that chose them (5 article-grouped folds over the six languages' train splits, seed 2023).

/** Folds of every cross-validation, and the seed that assigns articles to them. */
export const CV_FOLDS = 5
export const CV_SEED = 2023

const TECHNIQUE_FEATURES: FeatureConfig = {
  wordBits: 18,
  charBits: 18,
  charOrders: [2, 5],
  minWordLength: 2,
  maxWordOrder: 2,
  languageCopies: true,
  cues: true,
  style: true,
  blockWeights: { words: 1, chars: 1, cues: 0.5, style: 0.5 },
}

const FIRST_STAGE: TrainingOptions = {
  loss: 'sigmoid',
  epochs: 5,
  learningRate: 0.2,
  l2: 1e-4,
  classWeight: 'balanced',
  seed: CV_SEED,
}

// The second stage is fitted without class weights, so its outputs are calibrated probabilities.
const SECOND_STAGE: TrainingOptions = {
  loss: 'sigmoid',
  epochs: 8,
  learningRate: 0.1,
  l2: 1e-4,
  classWeight: 'none',
  seed: 7,
}

/** The technique model: paragraphs and span-labelled sentences, stacked, one threshold per label. */
export const TECHNIQUE_OPTIONS: TechniqueCvOptions & { stack: TrainingOptions } = {
  stageOne: {
    features: TECHNIQUE_FEATURES,
    training: FIRST_STAGE,
    sentenceWeight: 0.5,
    pruneBelow: 0.02,
  },
  stack: SECOND_STAGE,
  rule: 'label-thresholds',
  foldCount: CV_FOLDS,
  seed: CV_SEED,
}

/** The frame model: the whole article, stacked for label co-occurrence, one threshold per label. */
export const FRAME_OPTIONS: DocumentCvOptions = {
  features: TECHNIQUE_FEATURES,
  training: { ...FIRST_STAGE, epochs: 8 },
  stack: { ...SECOND_STAGE, epochs: 20 },
  rule: 'label-thresholds',
  decideOn: 'second-stage',
  pruneBelow: 0.02,
  foldCount: CV_FOLDS,
  seed: CV_SEED,
}

/** The genre model: the whole article, a calibrated softmax, offsets tuned for macro-F1. */
export const GENRE_OPTIONS: DocumentCvOptions = {
  features: TECHNIQUE_FEATURES,
  training: { ...FIRST_STAGE, epochs: 8 },
  stack: { ...SECOND_STAGE, loss: 'softmax', epochs: 20 },
  rule: 'tuned-argmax',
  decideOn: 'first-stage',
  pruneBelow: 0.02,
  foldCount: CV_FOLDS,
  seed: CV_SEED,
}
