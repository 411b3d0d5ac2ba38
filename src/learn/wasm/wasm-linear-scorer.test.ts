import { describe, expect, it } from 'vitest'
import { type LinearModel, scoreLinear } from '../linear-model.ts'
import { seededRandom } from '../seeded-random.ts'
import { kernelSupported, linearKernelBytes } from './linear-kernel.ts'
import { scoreWithKernel, WasmLinearScorer } from './wasm-linear-scorer.ts'

function randomModel(random: () => number, dims: number, labelCount: number): LinearModel {
  const weights = Float32Array.from({ length: dims * labelCount }, () => random() * 2 - 1)
  const bias = Float32Array.from({ length: labelCount }, () => random() - 0.5)
  return { dims, labelCount, weights, bias, loss: 'sigmoid' }
}

function fill(scorer: WasmLinearScorer, random: () => number, dims: number, entries: number) {
  const { scratch } = scorer
  for (let entry = 0; entry < entries; entry++) {
    scratch.indices[entry] = Math.floor(random() * dims)
    scratch.values[entry] = random() * 3 - 1
  }
  scratch.length = entries
  return scratch
}

describe('WasmLinearScorer', () => {
  it('compiles its kernel on this runtime', () => {
    expect(kernelSupported()).toBe(true)
    expect(WebAssembly.validate(linearKernelBytes(23))).toBe(true)
  })

  for (const labelCount of [1, 2, 3, 4, 5, 14, 23]) {
    it(`gives scoreLinear's sums bit for bit with ${labelCount} label(s)`, () => {
      const random = seededRandom(labelCount)
      const dims = 5000
      const model = randomModel(random, dims, labelCount)
      const scorer = new WasmLinearScorer(model, 4096)
      // The last row is included: the kernel reads past a row's end, the memory's slack must cover it.
      for (const entries of [0, 1, 7, 4096]) {
        const vector = fill(scorer, random, dims, entries)
        if (entries > 0) vector.indices[0] = dims - 1
        const expected = scoreLinear(model, vector, undefined, entries)
        const got = scorer.score(vector)
        expect(Array.from(got)).toEqual(Array.from(expected))
        const unbiased = scoreLinear(
          { ...model, bias: new Float32Array(labelCount) },
          vector,
          undefined,
          entries,
        )
        expect(Array.from(scorer.score(vector, undefined, false))).toEqual(Array.from(unbiased))
      }
    })
  }

  it('scores a vector that does not live in its scratch (too big for it) in JavaScript, with the same sums', () => {
    const random = seededRandom(9)
    const model = randomModel(random, 300, 7)
    const scorer = new WasmLinearScorer(model, 16)
    const entries = 100
    const vector = {
      indices: Int32Array.from({ length: entries }, () => Math.floor(random() * 300)),
      values: Float32Array.from({ length: entries }, () => random()),
      length: entries,
    }
    expect(Array.from(scorer.score(vector))).toEqual(Array.from(scoreLinear(model, vector)))
  })

  it('keeps the weights once, in its own memory, equal to the model it was given', () => {
    const random = seededRandom(3)
    const model = randomModel(random, 64, 5)
    const scorer = new WasmLinearScorer(model, 8)
    expect(scorer.model.weights).not.toBe(model.weights)
    expect(Array.from(scorer.model.weights)).toEqual(Array.from(model.weights))
    expect(scorer.scratch.indices.buffer).toBe(scorer.model.weights.buffer)
  })

  it('scoreWithKernel gives the sums of scoreLinear, twice in a row (the scorer is kept)', () => {
    const random = seededRandom(21)
    const model = randomModel(random, 2000, 115)
    for (let round = 0; round < 2; round++) {
      const entries = 50 + round * 30
      const vector = {
        indices: Int32Array.from({ length: entries }, () => Math.floor(random() * 2000)),
        values: Float32Array.from({ length: entries }, () => random()),
      }
      expect(Array.from(scoreWithKernel(model, vector))).toEqual(
        Array.from(scoreLinear(model, vector)),
      )
    }
  })
})
