import { createHash } from 'node:crypto'
import { confidenceReliability, type ReliabilityBin } from './confidence-reliability.ts'
import { conllExample } from './conll-example.ts'
import { evaluateTagger } from './evaluate-tagger.ts'
import { type ConllSentence, readConll } from './read-conll.ts'
import type { EntityScores } from './score-entities.ts'
import { sentenceBucket } from './sentence-bucket.ts'
import { type TrainedNerModel, trainNerModel } from './train-ner-model.ts'

/** Settings shared by `npm run train` and `narrascope train ner`, so both build the same bytes. */
export interface NerLanguageOptions {
  /** Sentence buckets [0, testPercent) are held out for the final scores and never trained on. */
  readonly testPercent: number
  /** Buckets [testPercent, testPercent + developmentPercent) choose epochs and temperature. */
  readonly developmentPercent: number
  readonly maxEpochs: number
  readonly seed: number
  readonly minWeight: number
  readonly log?: (line: string) => void
}

/** The shipped settings: 10% test, 10% development, at most 12 epochs (development F1 flattens by 10). */
export const NER_TRAINING_DEFAULTS: NerLanguageOptions = {
  testPercent: 10,
  developmentPercent: 10,
  maxEpochs: 12,
  seed: 20_260_310,
  // Rows below half a perceptron update change no decision on development data and take half the file.
  minWeight: 0.5,
}

/** A trained language: the model, sentence counts, and held-out scores in both token views. */
export interface NerLanguageRun {
  readonly lang: string
  readonly model: TrainedNerModel
  readonly sentences: {
    readonly training: number
    readonly development: number
    readonly test: number
  }
  readonly test: {
    readonly conll: EntityScores
    readonly tokenizer: EntityScores
    readonly reliability: readonly ReliabilityBin[]
  } | null
}

/** Splits a CoNLL training file by sentence hash, trains a tagger and scores it on the held-out sentences. */
export function trainNerLanguage(
  content: string,
  lang: string,
  options: NerLanguageOptions,
): NerLanguageRun {
  const sentences = readConll(content)
  const testEnd = options.testPercent
  const developmentEnd = testEnd + options.developmentPercent
  const test: ConllSentence[] = []
  const development: ConllSentence[] = []
  const training: ConllSentence[] = []
  for (const sentence of sentences) {
    const bucket = sentenceBucket(sentence.tokens)
    if (bucket < testEnd) test.push(sentence)
    else if (bucket < developmentEnd) development.push(sentence)
    else training.push(sentence)
  }
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 16)
  const model = trainNerModel(training, development, {
    lang,
    maxEpochs: options.maxEpochs,
    seed: options.seed,
    minWeight: options.minWeight,
    source: `CoNLL file sha256:${digest}, ${sentences.length} sentences; held out: buckets [0, ${testEnd}) of 100 by sentence SHA-256`,
    ...(options.log ? { log: options.log } : {}),
  })
  const conllView = test.map((sentence) => conllExample(sentence, 'conll'))
  return {
    lang,
    model,
    sentences: { training: training.length, development: development.length, test: test.length },
    test:
      test.length === 0
        ? null
        : {
            conll: evaluateTagger(model.tagger, conllView),
            tokenizer: evaluateTagger(
              model.tagger,
              test.map((sentence) => conllExample(sentence, 'tokenizer')),
            ),
            reliability: confidenceReliability(model.tagger, conllView),
          },
  }
}
