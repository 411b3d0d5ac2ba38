import { allowedTransitions } from './bio-tags.ts'
import { decodeTags } from './decode-tags.ts'
import { seededRandom, shuffled } from './seeded-random.ts'
import { type FeatureSequence, tokenFeatures } from './sequence-features.ts'
import type { TaggerWeights } from './tagger-weights.ts'

/** A sentence to learn from: its features and its gold tag indices, token for token. */
export interface TrainingSequence {
  readonly sequence: FeatureSequence
  readonly tags: readonly number[]
}

/** How long to train, and how to shuffle. */
export interface TrainTaggerOptions {
  readonly epochs: number
  readonly seed: number
  /** Called after each epoch with the averaged weights so far, for choosing the number of epochs. */
  readonly afterEpoch?: (epoch: number, weights: TaggerWeights) => void
}

interface CompactSentence {
  readonly rows: Int32Array
  /** `starts[i]` is where token i's rows begin in `rows`; `starts[length]` is the end. */
  readonly starts: Int32Array
  readonly tags: Int32Array
}

/**
 * Trains a first-order tagger with the averaged structured perceptron (Collins 2002): decode each sentence with
 * Viterbi and move weights from the predicted tags to the gold ones; the average over all steps generalises
 * better than the final weights.
 */
export function trainTagger(
  examples: readonly TrainingSequence[],
  tags: readonly string[],
  options: TrainTaggerOptions,
): TaggerWeights {
  const tagCount = tags.length
  const rowOf = new Map<number, number>()
  const features: number[] = []
  const sentences = examples.map((example) => compact(example, rowOf, features))
  const rowCount = features.length
  const weights = new Float64Array(rowCount * tagCount)
  // Lazy averaging: `stepWeighted` accumulates step × update, so average = weights − stepWeighted / steps.
  const stepWeighted = new Float64Array(rowCount * tagCount)
  const allowed = allowedTransitions(tags)
  const transitions = new Float64Array(allowed.length)
  const transitionsStepWeighted = new Float64Array(allowed.length)
  for (let cell = 0; cell < allowed.length; cell++)
    if (!allowed[cell]) transitions[cell] = Number.NEGATIVE_INFINITY
  const random = seededRandom(options.seed)
  let step = 1
  const maxLength = Math.max(1, ...sentences.map((sentence) => sentence.tags.length))
  const emissions = new Float64Array(maxLength * tagCount)
  const path = new Int32Array(maxLength)
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const sentence of shuffled(sentences, random)) {
      const length = sentence.tags.length
      fillEmissions(sentence, weights, tagCount, emissions)
      decodeTags({ emissions, transitions, length, tagCount }, path)
      for (let index = 0; index < length; index++) {
        const gold = sentence.tags[index]!
        const predicted = path[index]!
        const goldFrom = index === 0 ? -1 : sentence.tags[index - 1]!
        const predictedFrom = index === 0 ? -1 : path[index - 1]!
        if (gold === predicted && goldFrom === predictedFrom) continue
        const goldCell = (goldFrom + 1) * tagCount + gold
        const predictedCell = (predictedFrom + 1) * tagCount + predicted
        transitions[goldCell]! += 1
        transitionsStepWeighted[goldCell]! += step
        transitions[predictedCell]! -= 1
        transitionsStepWeighted[predictedCell]! -= step
        if (gold === predicted) continue
        for (let slot = sentence.starts[index]!; slot < sentence.starts[index + 1]!; slot++) {
          const row = sentence.rows[slot]! * tagCount
          weights[row + gold]! += 1
          stepWeighted[row + gold]! += step
          weights[row + predicted]! -= 1
          stepWeighted[row + predicted]! -= step
        }
      }
      step++
    }
    options.afterEpoch?.(
      epoch,
      averaged(tags, features, weights, stepWeighted, transitions, transitionsStepWeighted, step),
    )
  }
  return averaged(tags, features, weights, stepWeighted, transitions, transitionsStepWeighted, step)
}

function compact(
  example: TrainingSequence,
  rowOf: Map<number, number>,
  features: number[],
): CompactSentence {
  const rows: number[] = []
  const starts = new Int32Array(example.tags.length + 1)
  const hashes: number[] = []
  for (let index = 0; index < example.tags.length; index++) {
    starts[index] = rows.length
    hashes.length = 0
    tokenFeatures(example.sequence, index, hashes)
    for (const hash of hashes) {
      let row = rowOf.get(hash)
      if (row === undefined) {
        row = features.length
        rowOf.set(hash, row)
        features.push(hash)
      }
      rows.push(row)
    }
  }
  starts[example.tags.length] = rows.length
  return { rows: Int32Array.from(rows), starts, tags: Int32Array.from(example.tags) }
}

function fillEmissions(
  sentence: CompactSentence,
  weights: Float64Array,
  tagCount: number,
  emissions: Float64Array,
): void {
  for (let index = 0; index < sentence.tags.length; index++) {
    const out = index * tagCount
    for (let tag = 0; tag < tagCount; tag++) emissions[out + tag] = 0
    for (let slot = sentence.starts[index]!; slot < sentence.starts[index + 1]!; slot++) {
      const row = sentence.rows[slot]! * tagCount
      for (let tag = 0; tag < tagCount; tag++) emissions[out + tag]! += weights[row + tag]!
    }
  }
}

function averaged(
  tags: readonly string[],
  features: readonly number[],
  weights: Float64Array,
  stepWeighted: Float64Array,
  transitions: Float64Array,
  transitionsStepWeighted: Float64Array,
  step: number,
): TaggerWeights {
  const average = (current: Float64Array, weighted: Float64Array): Float64Array =>
    current.map((value, cell) => (Number.isFinite(value) ? value - weighted[cell]! / step : value))
  return {
    tags,
    features: Uint32Array.from(features),
    weights: average(weights, stepWeighted),
    transitions: average(transitions, transitionsStepWeighted),
  }
}
