import type { SparseVector } from './sparse-vector.ts'

/** Inverse document frequencies of hashed features, and how to weight term counts with them. */
export interface Idf {
  readonly weights: Float32Array
  /**
   * The same weights as byte codes into a table of 256 values, when the model was shipped quantised: a quarter of
   * the memory to look up, so more of it stays in cache while a text is weighted.
   */
  readonly codes?: { readonly bytes: Uint8Array; readonly table: Float32Array }
  /** Replace a count c by 1 + ln(c) (scikit-learn's `sublinear_tf`). */
  readonly sublinear: boolean
}

/**
 * Fits smoothed IDF over `dims` hashed features, as scikit-learn does: ln((1 + n) / (1 + df)) + 1.
 */
export function fitIdf(vectors: readonly SparseVector[], dims: number, sublinear = true): Idf {
  const documentFrequency = new Uint32Array(dims)
  for (const vector of vectors) for (const index of vector.indices) documentFrequency[index]!++
  const weights = new Float32Array(dims)
  const total = vectors.length
  for (let index = 0; index < dims; index++)
    weights[index] = Math.log((1 + total) / (1 + documentFrequency[index]!)) + 1
  return { weights, sublinear }
}

/** Weights raw counts by tf-idf and scales the result to unit length (a new vector). */
export function applyIdf(counts: SparseVector, idf: Idf): SparseVector {
  const values = new Float32Array(counts.values.length)
  let squares = 0
  for (let position = 0; position < values.length; position++) {
    const count = counts.values[position]!
    const tf = idf.sublinear ? 1 + Math.log(count) : count
    const value = tf * idf.weights[counts.indices[position]!]!
    values[position] = value
    squares += value * value
  }
  const norm = Math.sqrt(squares)
  if (norm > 0)
    for (let position = 0; position < values.length; position++) values[position]! /= norm
  return { indices: counts.indices, values }
}

/** IDF weights restored from an artefact (tf is always sublinear in Narrascope's models). */
export function idfFromWeights(weights: Float32Array): Idf {
  return { weights, sublinear: true }
}
