import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { writeSemevalLayout } from '../../../test/support/semeval2023-layout.ts'
import { compileModel } from './compile-model.ts'
import type { DocumentCvOptions } from './cross-validate-documents.ts'
import type { TechniqueCvOptions } from './cross-validate-techniques.ts'
import { evaluatePredictions } from './evaluate-predictions.ts'
import type { FeatureConfig } from './feature-config.ts'
import { predictExamples } from './predict-examples.ts'
import { readSemevalSplit } from './read-semeval-split.ts'
import { readTrainingSplits } from './read-training-splits.ts'
import { taskExamples } from './task-examples.ts'
import { trainDocuments } from './train-documents.ts'
import { trainTechniques } from './train-techniques.ts'

// Small hashed spaces and few epochs: the tiny data set needs no more, and the test stays fast.
const FEATURES: FeatureConfig = {
  wordBits: 12,
  charBits: 10,
  charOrders: [3, 4],
  minWordLength: 2,
  maxWordOrder: 2,
  languageCopies: true,
  cues: true,
  style: true,
  blockWeights: { words: 1, chars: 0.5, cues: 0.5, style: 0.5 },
}
const FIRST = {
  loss: 'sigmoid',
  epochs: 15,
  learningRate: 0.3,
  l2: 1e-5,
  classWeight: 'balanced',
  seed: 3,
} as const
const SECOND = {
  loss: 'sigmoid',
  epochs: 30,
  learningRate: 0.3,
  l2: 1e-5,
  classWeight: 'none',
  seed: 4,
} as const
const TECHNIQUES: TechniqueCvOptions & { stack: typeof SECOND } = {
  stageOne: { features: FEATURES, training: FIRST, runs: 1, sentenceWeight: 0.5, pruneBelow: 0.01 },
  stack: SECOND,
  stackRuns: 2,
  rule: 'label-thresholds',
  foldCount: 3,
  seed: 5,
}
const DOCUMENTS: DocumentCvOptions = {
  features: FEATURES,
  training: FIRST,
  stack: SECOND,
  rule: 'label-thresholds',
  decideOn: 'second-stage',
  pruneBelow: 0.01,
  foldCount: 3,
  seed: 5,
}

let root = ''
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'semeval2023-'))
  writeSemevalLayout(root, 'train', 24)
  writeSemevalLayout(root, 'dev', 12, 500)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('training on a tiny official layout', () => {
  test('reads gold spans through CRLF and emoji into the right words', () => {
    const split = readSemevalSplit(join(root, 'fr'), 'fr', 'train')
    const spans = split.techniques.flatMap(({ article, paragraphs }) =>
      paragraphs.flatMap((paragraph) =>
        paragraph.evidence.map((span) => article.text.slice(span.start, span.end)),
      ),
    )
    expect(new Set(spans)).toEqual(
      new Set(['une catastrophe et un désastre arrivent', 'le ministre est un idiot et un clown']),
    )
  })

  test('techniques: trains, packs, reloads and finds the cue-word techniques on dev', () => {
    const examples = taskExamples(readTrainingSplits(root), 'techniques')
    const training = trainTechniques(examples, TECHNIQUES, 'tiny')
    const model = compileModel(JSON.parse(JSON.stringify(training.artefact)))
    expect(training.scores.map((score) => score.lang)).toEqual(['en', 'fr', 'all'])
    const dev = taskExamples([readSemevalSplit(join(root, 'fr'), 'fr', 'dev')], 'techniques')
    const report = evaluatePredictions('techniques', dev, predictExamples(model, dev))
    expect(report.official.metric).toBe('micro-F1')
    expect(report.official.value).toBeGreaterThan(0.8)
    expect(training.evidence.hitRate).toBeGreaterThan(0.9)
  })

  test('frames and genre: train, pack, reload and score dev', () => {
    const splits = readTrainingSplits(root)
    for (const task of ['frames', 'genre'] as const) {
      const options: DocumentCvOptions =
        task === 'genre'
          ? {
              ...DOCUMENTS,
              stack: { ...SECOND, loss: 'softmax' },
              rule: 'tuned-argmax',
              decideOn: 'first-stage',
              trainingRuns: 2,
            }
          : DOCUMENTS
      const training = trainDocuments(task, taskExamples(splits, task), options, 'tiny')
      const model = compileModel(JSON.parse(JSON.stringify(training.artefact)))
      const dev = taskExamples([readSemevalSplit(join(root, 'en'), 'en', 'dev')], task)
      const predicted = predictExamples(model, dev)
      if (task === 'genre') expect(predicted.every((labels) => labels.length === 1)).toBe(true)
      expect(evaluatePredictions(task, dev, predicted).official.value).toBeGreaterThan(0.8)
    }
  })

  test('the same data give the same bytes', () => {
    const examples = taskExamples(readTrainingSplits(root), 'frames')
    const first = JSON.stringify(trainDocuments('frames', examples, DOCUMENTS, 'tiny').artefact)
    const second = JSON.stringify(trainDocuments('frames', examples, DOCUMENTS, 'tiny').artefact)
    expect(second).toBe(first)
  })
})
