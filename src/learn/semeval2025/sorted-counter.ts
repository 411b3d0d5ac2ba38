import type { SparseVector } from '../sparse-vector.ts'

// Counting into a typed array is several times faster than into a Map on news-length texts. The array is shared
// by all counts of one size and precision (counting is synchronous) and left zeroed by toVector: allocating and
// zeroing a fresh one per text cost more than the counting.
const countArrays = new Map<string, Float32Array | Float64Array>()

/**
 * Counts hashed feature indices and reads them out as a vector with sorted indices. `float64` sums fractional
 * amounts exactly as a Map of numbers would; `float32` is enough for whole counts.
 */
export class SortedCounter {
  private readonly counts: Float32Array | Float64Array
  private readonly touched: number[] = []

  constructor(dims: number, precision: 'float32' | 'float64') {
    const key = `${precision}:${dims}`
    let counts = countArrays.get(key)
    if (!counts) {
      counts = precision === 'float32' ? new Float32Array(dims) : new Float64Array(dims)
      countArrays.set(key, counts)
    }
    this.counts = counts
  }

  add(index: number, amount = 1): void {
    if (this.counts[index] === 0) this.touched.push(index)
    this.counts[index]! += amount
  }

  /** The counts with sorted indices; the shared array is left zeroed. */
  toVector(): SparseVector {
    const indices = Int32Array.from(this.touched).sort()
    const values = new Float32Array(indices.length)
    for (let position = 0; position < indices.length; position++) {
      values[position] = this.counts[indices[position]!]!
      this.counts[indices[position]!] = 0
    }
    return { indices, values }
  }
}
