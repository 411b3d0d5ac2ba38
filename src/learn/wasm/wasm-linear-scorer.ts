import { type LinearModel, scoreLinear } from '../linear-model.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { kernelSupported, linearKernelBytes, PREFETCH } from './linear-kernel.ts'

const PAGE = 65536
// Entries a unit may have for the kernel to score it; a bigger unit (a 10 MB one-line text) is scored in JS.
const DEFAULT_CAPACITY = 1 << 18
// The kernel reads up to 8 bytes past a row or the bias (odd label counts).
const SLACK = 16

const kernels = new Map<number, WebAssembly.Module | null>()

function kernel(labelCount: number): WebAssembly.Module | null {
  if (!kernels.has(labelCount))
    kernels.set(
      labelCount,
      kernelSupported() ? new WebAssembly.Module(linearKernelBytes(labelCount)) : null,
    )
  return kernels.get(labelCount) ?? null
}

/** Entries to score, written in place by the caller: `indices` and `values` up to `length`. */
export interface ScoringScratch extends SparseVector {
  length: number
}

/**
 * A linear model whose weights live in WebAssembly memory, scored there with SIMD: the same sums as
 * scoreLinear, bit for bit, about ten times faster on a technique model's 23 labels (bench/results/pipeline.json).
 * Write a unit's entries into `scratch` (they are views of that memory), then call `score`.
 */
export class WasmLinearScorer {
  /** The model, its weights a view of the scorer's memory (no second copy). */
  readonly model: LinearModel
  readonly scratch: ScoringScratch
  private readonly run: ((...pointers: number[]) => void) | null
  private readonly memory: WebAssembly.Memory | null
  private readonly pointers: {
    weights: number
    bias: number
    zeros: number
    out: number
    indices: number
    values: number
  }
  private readonly unbiased: LinearModel
  private readonly sums: Float64Array | null

  constructor(model: LinearModel, capacity = DEFAULT_CAPACITY) {
    const module = kernel(model.labelCount)
    const labelCount = model.labelCount
    const weightBytes = model.weights.length * 4
    const bias = align(weightBytes + SLACK)
    const zeros = align(bias + labelCount * 4 + SLACK)
    const out = align(zeros + labelCount * 4 + SLACK)
    const indices = align(out + (labelCount + 1) * 8)
    // The kernel reads indices up to PREFETCH entries past the count: they stay zero (a valid row) past capacity.
    const values = indices + (capacity + PREFETCH) * 4
    const end = values + capacity * 4
    this.pointers = { weights: 0, bias, zeros, out, indices, values }
    if (!module) {
      this.model = model
      this.unbiased = { ...model, bias: new Float32Array(labelCount) }
      this.run = null
      this.memory = null
      this.sums = null
      this.scratch = {
        indices: new Int32Array(capacity),
        values: new Float32Array(capacity),
        length: 0,
      }
      return
    }
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(end / PAGE) })
    const { buffer } = this.memory
    const weights = new Float32Array(buffer, 0, model.weights.length)
    weights.set(model.weights)
    new Float32Array(buffer, bias, labelCount).set(model.bias)
    this.model = { ...model, weights }
    this.unbiased = { ...this.model, bias: new Float32Array(labelCount) }
    this.sums = new Float64Array(buffer, out, labelCount)
    this.scratch = {
      indices: new Int32Array(buffer, indices, capacity),
      values: new Float32Array(buffer, values, capacity),
      length: 0,
    }
    const instance = new WebAssembly.Instance(module, { env: { memory: this.memory } })
    this.run = instance.exports.score as (...pointers: number[]) => void
  }

  /**
   * Scores the first `entries` entries of `vector` into `out`, from the bias or, `withBias` false, from zero.
   * Entries written elsewhere than `scratch` (a unit too big for it) are scored by scoreLinear.
   */
  score(
    vector: ScoringScratch,
    out: Float64Array = new Float64Array(this.model.labelCount),
    withBias = true,
    entries = vector.length,
  ): Float64Array {
    const { run, sums } = this
    if (
      !run ||
      !sums ||
      vector.indices !== this.scratch.indices ||
      vector.values !== this.scratch.values
    )
      return scoreLinear(withBias ? this.model : this.unbiased, vector, out, entries)
    const { pointers } = this
    const bias = withBias ? pointers.bias : pointers.zeros
    run(pointers.indices, pointers.values, entries, pointers.weights, bias, pointers.out)
    out.set(sums)
    return out
  }
}

function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16
}

const scorers = new WeakMap<LinearModel, WasmLinearScorer>()

/**
 * scoreLinear for a model scored many times (one per process, kept with it): the vector is copied into a
 * kernel's scratch and summed there, the same sums bit for bit. The kernel holds its own copy of the weights.
 */
export function scoreWithKernel(model: LinearModel, vector: SparseVector): Float64Array {
  let scorer = scorers.get(model)
  if (!scorer) {
    scorer = new WasmLinearScorer(model)
    scorers.set(model, scorer)
  }
  const length = vector.indices.length
  const { scratch } = scorer
  if (length > scratch.indices.length) return scoreLinear(model, vector)
  scratch.indices.set(vector.indices)
  scratch.values.set(vector.values)
  scratch.length = length
  return scorer.score(scratch)
}
