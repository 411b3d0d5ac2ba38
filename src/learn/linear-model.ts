import type { SparseVector } from './sparse-vector.ts'

/** A linear model over sparse features with one column per label; weights are row-major by feature. */
export interface LinearModel {
  readonly dims: number
  readonly labelCount: number
  /** `dims × labelCount`: the weights of feature j are `weights[j * labelCount + k]`. */
  readonly weights: Float32Array
  readonly bias: Float32Array
  /** `sigmoid`: independent labels (one-vs-rest); `softmax`: exactly one label. */
  readonly loss: 'sigmoid' | 'softmax'
}

/**
 * Writes the raw scores (logits) of every label for `vector` (its first `entries` entries) into `out` and
 * returns it.
 *
 * Labels are summed four at a time in local accumulators, one pass over the vector per block: V8 keeps the
 * four sums in registers, where a per-label loop stores into `out` after every multiply (about 3× slower on the
 * technique model's 23 labels, bench/results/pipeline.json).
 */
export function scoreLinear(
  model: LinearModel,
  vector: SparseVector,
  out: Float64Array = new Float64Array(model.labelCount),
  entries: number = vector.indices.length,
): Float64Array {
  const { weights, labelCount, bias } = model
  const { indices, values } = vector
  let label = 0
  for (; label + 4 <= labelCount; label += 4) {
    let a0 = bias[label]!
    let a1 = bias[label + 1]!
    let a2 = bias[label + 2]!
    let a3 = bias[label + 3]!
    for (let position = 0; position < entries; position++) {
      const row = indices[position]! * labelCount + label
      const value = values[position]!
      a0 += weights[row]! * value
      a1 += weights[row + 1]! * value
      a2 += weights[row + 2]! * value
      a3 += weights[row + 3]! * value
    }
    out[label] = a0
    out[label + 1] = a1
    out[label + 2] = a2
    out[label + 3] = a3
  }
  for (; label < labelCount; label++) {
    let sum = bias[label]!
    for (let position = 0; position < entries; position++)
      sum += weights[indices[position]! * labelCount + label]! * values[position]!
    out[label] = sum
  }
  return out
}

/**
 * Adds the entries [from, to) of `vector` to the logits in `out`, label by label in entry order: scoring a
 * vector's first entries and then adding the rest gives the sums of scoring it whole, bit for bit.
 */
export function addEntries(
  model: LinearModel,
  vector: SparseVector,
  from: number,
  to: number,
  out: Float64Array,
): Float64Array {
  const { weights, labelCount } = model
  for (let label = 0; label < labelCount; label++) {
    let sum = out[label]!
    for (let position = from; position < to; position++)
      sum += weights[vector.indices[position]! * labelCount + label]! * vector.values[position]!
    out[label] = sum
  }
  return out
}

/** The logistic function. */
export function sigmoid(score: number): number {
  return score >= 0 ? 1 / (1 + Math.exp(-score)) : Math.exp(score) / (1 + Math.exp(score))
}

/** Turns logits into probabilities in place: per label for `sigmoid`, across labels for `softmax`. */
export function toProbabilities(scores: Float64Array, loss: LinearModel['loss']): Float64Array {
  if (loss === 'sigmoid') {
    for (let label = 0; label < scores.length; label++) scores[label] = sigmoid(scores[label]!)
    return scores
  }
  let max = Number.NEGATIVE_INFINITY
  for (const score of scores) max = Math.max(max, score)
  let sum = 0
  for (let label = 0; label < scores.length; label++) {
    scores[label] = Math.exp(scores[label]! - max)
    sum += scores[label]!
  }
  for (let label = 0; label < scores.length; label++) scores[label]! /= sum
  return scores
}
