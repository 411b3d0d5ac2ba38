import { describe, expect, test } from 'vitest'
import { scoreLinear, toProbabilities } from './linear-model.ts'
import type { SparseVector } from './sparse-vector.ts'
import { trainLinearModel } from './train-linear-model.ts'

// Feature 0 means label 0, feature 1 label 1, feature 2 is noise on every example.
function toyData(loss: 'sigmoid' | 'softmax') {
  const vectors: SparseVector[] = []
  const targets: number[] = []
  for (let index = 0; index < 60; index++) {
    const label = index % 3 === 0 ? 1 : 0
    vectors.push({ indices: Int32Array.of(label, 2), values: Float32Array.of(1, 0.5) })
    targets.push(label === 0 ? 1 : 0, label === 1 ? 1 : 0)
  }
  return { vectors, targets: Uint8Array.from(targets), labelCount: 2, dims: 3, loss }
}

const OPTIONS = {
  epochs: 20,
  learningRate: 0.5,
  l2: 1e-4,
  classWeight: 'balanced',
  seed: 1,
} as const

describe('trainLinearModel', () => {
  test.each(['sigmoid', 'softmax'] as const)('%s: learns a separable toy problem', (loss) => {
    const data = toyData(loss)
    const model = trainLinearModel(data, { ...OPTIONS, loss })
    const first = toProbabilities(scoreLinear(model, data.vectors[1]!), loss)
    const second = toProbabilities(scoreLinear(model, data.vectors[0]!), loss)
    expect(first[0]).toBeGreaterThan(0.8)
    expect(second[1]).toBeGreaterThan(0.8)
  })

  test('is deterministic: the same data and seed give the same weights', () => {
    const data = toyData('sigmoid')
    const a = trainLinearModel(data, { ...OPTIONS, loss: 'sigmoid' })
    const b = trainLinearModel(data, { ...OPTIONS, loss: 'sigmoid' })
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights))
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias))
  })

  test('balanced class weights raise the rare class above one half', () => {
    const data = toyData('sigmoid')
    const balanced = trainLinearModel(data, { ...OPTIONS, loss: 'sigmoid', epochs: 2 })
    const rare: SparseVector = { indices: Int32Array.of(1, 2), values: Float32Array.of(1, 0.5) }
    expect(toProbabilities(scoreLinear(balanced, rare), 'sigmoid')[1]).toBeGreaterThan(0.5)
  })

  test('tail averaging is the mean of the iterates of the last epochs', () => {
    // One example, so every epoch is one step and the iterate after step k is the plain fit of k epochs.
    const data = {
      vectors: [{ indices: Int32Array.of(0, 2), values: Float32Array.of(1, 0.5) }],
      targets: Uint8Array.of(1, 0),
      labelCount: 2,
      dims: 3,
    }
    const options = { ...OPTIONS, loss: 'sigmoid', classWeight: 'none' } as const
    const averaged = trainLinearModel(data, { ...options, epochs: 6, averageEpochs: 3 })
    const iterates = [4, 5, 6].map((epochs) => trainLinearModel(data, { ...options, epochs }))
    for (let cell = 0; cell < averaged.weights.length; cell++) {
      const mean = iterates.reduce((sum, model) => sum + model.weights[cell]!, 0) / 3
      expect(averaged.weights[cell]).toBeCloseTo(mean, 6)
    }
    for (let label = 0; label < 2; label++) {
      const mean = iterates.reduce((sum, model) => sum + model.bias[label]!, 0) / 3
      expect(averaged.bias[label]).toBeCloseTo(mean, 6)
    }
    // The iterates differ, so the mean is not just the last one.
    expect(iterates[0]!.weights[0]).not.toBeCloseTo(iterates[2]!.weights[0]!, 3)
  })

  test('tail averaging counts the weights of a feature for the steps it was not touched', () => {
    // Feature 0 only on the first example, feature 1 only on the second: each row stands still half the time.
    const data = {
      vectors: [
        { indices: Int32Array.of(0), values: Float32Array.of(1) },
        { indices: Int32Array.of(1), values: Float32Array.of(1) },
      ],
      targets: Uint8Array.of(1, 0),
      labelCount: 1,
      dims: 2,
    }
    const options = { ...OPTIONS, loss: 'sigmoid', classWeight: 'none', epochs: 1 } as const
    const averaged = trainLinearModel(data, { ...options, averageEpochs: 1 })
    const last = trainLinearModel(data, options)
    // Over the epoch's two iterates, the row of the example seen first holds its final value twice; the other
    // holds zero (before its example) once and its final value once.
    const ratios = [0, 1].map((row) => averaged.weights[row]! / last.weights[row]!).sort()
    expect(ratios[0]).toBeCloseTo(0.5, 6)
    expect(ratios[1]).toBeCloseTo(1, 6)
    expect(last.weights[0]).toBeGreaterThan(0.1)
  })

  test('no tail averaging is the last iterate', () => {
    const data = toyData('sigmoid')
    const plain = trainLinearModel(data, { ...OPTIONS, loss: 'sigmoid' })
    const zero = trainLinearModel(data, { ...OPTIONS, loss: 'sigmoid', averageEpochs: 0 })
    expect(Array.from(zero.weights)).toEqual(Array.from(plain.weights))
  })
})
