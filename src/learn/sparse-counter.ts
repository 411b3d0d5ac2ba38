import type { SparseVector } from './sparse-vector.ts'

/**
 * Counts features into a dense scratch array while remembering which entries it touched, so that reading out
 * and clearing cost the number of distinct features, not the number of dimensions.
 */
export class SparseCounter {
  readonly counts: Float32Array
  private touched: Int32Array
  private size = 0

  constructor(dims: number) {
    this.counts = new Float32Array(dims)
    this.touched = new Int32Array(256)
  }

  /** Adds `amount` (positive) to feature `index`. */
  add(index: number, amount = 1): void {
    if (this.counts[index] === 0) {
      if (this.size === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2)
        grown.set(this.touched)
        this.touched = grown
      }
      this.touched[this.size++] = index
    }
    this.counts[index]! += amount
  }

  /** The counts as a vector (in first-touch order), added into `into` when given; then clears. */
  drain(into?: SparseCounter): SparseVector {
    const indices = this.touched.slice(0, this.size)
    const values = new Float32Array(this.size)
    for (let position = 0; position < this.size; position++) {
      const index = indices[position]!
      values[position] = this.counts[index]!
      into?.add(index, this.counts[index]!)
      this.counts[index] = 0
    }
    this.size = 0
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
