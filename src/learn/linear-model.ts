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

/** Writes the raw scores (logits) of every label for `vector` into `out` and returns it. */
export function scoreLinear(
  model: LinearModel,
  vector: SparseVector,
  out: Float64Array = new Float64Array(model.labelCount),
): Float64Array {
  const { weights, labelCount } = model
  for (let label = 0; label < labelCount; label++) out[label] = model.bias[label]!
  const { indices, values } = vector
  for (let position = 0; position < indices.length; position++) {
    const row = indices[position]! * labelCount
    const value = values[position]!
    for (let label = 0; label < labelCount; label++) out[label]! += weights[row + label]! * value
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
