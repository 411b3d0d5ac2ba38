/** A sparse feature vector: sorted, distinct indices and their values. */
export interface SparseVector {
  readonly indices: Int32Array
  readonly values: Float32Array
}

/** An empty vector, for texts with no features. */
export const EMPTY_VECTOR: SparseVector = {
  indices: new Int32Array(0),
  values: new Float32Array(0),
}

/** Turns feature counts into a vector with sorted indices (sorting keeps floating-point sums reproducible). */
export function toSparseVector(counts: ReadonlyMap<number, number>): SparseVector {
  const indices = Int32Array.from(counts.keys()).sort()
  const values = new Float32Array(indices.length)
  for (let position = 0; position < indices.length; position++)
    values[position] = counts.get(indices[position]!) ?? 0
  return { indices, values }
}

/** Adds `amount` to the count of `index`. */
export function addCount(counts: Map<number, number>, index: number, amount = 1): void {
  counts.set(index, (counts.get(index) ?? 0) + amount)
}

/** Concatenates vectors whose index ranges do not overlap, each shifted by its offset. */
export function concatVectors(
  parts: readonly { vector: SparseVector; offset: number }[],
): SparseVector {
  let length = 0
  for (const part of parts) length += part.vector.indices.length
  const indices = new Int32Array(length)
  const values = new Float32Array(length)
  let position = 0
  for (const { vector, offset } of parts) {
    for (let index = 0; index < vector.indices.length; index++) {
      indices[position] = vector.indices[index]! + offset
      values[position] = vector.values[index]!
      position++
    }
  }
  return { indices, values }
}

/** Multiplies every value by `factor`, returning a new vector. */
export function scaleVector(vector: SparseVector, factor: number): SparseVector {
  const values = new Float32Array(vector.values.length)
  for (let index = 0; index < values.length; index++) values[index] = vector.values[index]! * factor
  return { indices: vector.indices, values }
}
