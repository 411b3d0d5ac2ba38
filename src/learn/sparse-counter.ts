import type { SparseVector } from './sparse-vector.ts'

/**
 * Counts features into a dense scratch array while remembering which entries it touched, so that reading out
 * and clearing cost the number of distinct features, not the number of dimensions.
 */
export class SparseCounter {
  readonly counts: Float32Array
  private touched: Int32Array
  private distinct = 0

  constructor(dims: number) {
    this.counts = new Float32Array(dims)
    this.touched = new Int32Array(256)
  }

  /** Adds `amount` (positive) to feature `index`. */
  add(index: number, amount = 1): void {
    if (this.counts[index] === 0) {
      if (this.distinct === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2)
        grown.set(this.touched)
        this.touched = grown
      }
      this.touched[this.distinct++] = index
    }
    this.counts[index]! += amount
  }

  /** How many distinct features are counted. */
  get size(): number {
    return this.distinct
  }

  /** The counted features in first-touch order: valid up to `size`, and only until the next add or clear. */
  get indices(): Int32Array {
    return this.touched
  }

  /** Adds every count into `into` (in first-touch order) and clears. */
  drainInto(into: SparseCounter): void {
    const counts = this.counts
    for (let position = 0; position < this.distinct; position++) {
      const index = this.touched[position]!
      into.add(index, counts[index]!)
      counts[index] = 0
    }
    this.distinct = 0
  }

  /** A copy of the counts as a vector (in first-touch order); the counter keeps them. */
  toVector(): SparseVector {
    const indices = this.touched.slice(0, this.distinct)
    const values = new Float32Array(this.distinct)
    for (let position = 0; position < this.distinct; position++)
      values[position] = this.counts[indices[position]!]!
    return { indices, values }
  }

  /** Adds every count into `into` (in first-touch order); this counter keeps them. */
  addTo(into: SparseCounter): void {
    for (let position = 0; position < this.distinct; position++) {
      const index = this.touched[position]!
      into.add(index, this.counts[index]!)
    }
  }

  /** Clears every count. */
  clear(): void {
    for (let position = 0; position < this.distinct; position++)
      this.counts[this.touched[position]!] = 0
    this.distinct = 0
  }

  /** The counts as a vector (in first-touch order), added into `into` when given; then clears. */
  drain(into?: SparseCounter): SparseVector {
    const size = this.distinct
    const indices = this.touched.slice(0, size)
    const values = new Float32Array(size)
    const counts = this.counts
    for (let position = 0; position < size; position++) {
      const index = indices[position]!
      values[position] = counts[index]!
      counts[index] = 0
    }
    this.distinct = 0
    if (into)
      for (let position = 0; position < size; position++)
        into.add(indices[position]!, values[position]!)
    return { indices, values }
  }
}

const pool = new Map<number, SparseCounter[]>()

/** Borrows a cleared counter of `dims` dimensions; give it back with returnCounter. */
export function borrowCounter(dims: number): SparseCounter {
  return pool.get(dims)?.pop() ?? new SparseCounter(dims)
}

/** Returns a drained counter to the pool for reuse. */
export function returnCounter(counter: SparseCounter): void {
  const free = pool.get(counter.counts.length) ?? []
  free.push(counter)
  pool.set(counter.counts.length, free)
}
