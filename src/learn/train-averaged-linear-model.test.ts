import { describe, expect, test } from 'vitest'
import type { SparseVector } from './sparse-vector.ts'
import { trainAveragedLinearModel } from './train-averaged-linear-model.ts'
import { trainLinearModel } from './train-linear-model.ts'

// Feature 0 means label 0, feature 1 label 1, feature 2 is noise on every example.
function toyData() {
  const vectors: SparseVector[] = []
  const targets: number[] = []
  for (let index = 0; index < 40; index++) {
    const label = index % 4 === 0 ? 1 : 0
    vectors.push({ indices: Int32Array.of(label, 2), values: Float32Array.of(1, 0.5) })
    targets.push(label === 0 ? 1 : 0, label === 1 ? 1 : 0)
  }
  return { vectors, targets: Uint8Array.from(targets), labelCount: 2, dims: 3 }
}

const OPTIONS = {
  loss: 'sigmoid',
  epochs: 3,
  learningRate: 0.5,
  l2: 1e-4,
  classWeight: 'none',
  seed: 5,
} as const

describe('trainAveragedLinearModel', () => {
  test('is the mean of the models fitted with seeds seed … seed + runs − 1', () => {
    const data = toyData()
    const averaged = trainAveragedLinearModel(data, OPTIONS, 3)
    const runs = [5, 6, 7].map((seed) => trainLinearModel(data, { ...OPTIONS, seed }))
    for (let cell = 0; cell < averaged.weights.length; cell++) {
      const mean = runs.reduce((sum, model) => sum + model.weights[cell]!, 0) / 3
      expect(averaged.weights[cell]).toBeCloseTo(mean, 6)
    }
    const meanBias = runs.reduce((sum, model) => sum + model.bias[1]!, 0) / 3
    expect(averaged.bias[1]).toBeCloseTo(meanBias, 6)
    // The seeds give different orders, hence different weights: the test would be empty otherwise.
    expect(runs[0]!.weights[0]).not.toBe(runs[1]!.weights[0])
  })

  test('one run is the plain fit', () => {
    const data = toyData()
    const single = trainAveragedLinearModel(data, OPTIONS, 1)
    expect(Array.from(single.weights)).toEqual(Array.from(trainLinearModel(data, OPTIONS).weights))
  })

  test('refuses a run count that is not a positive integer', () => {
    expect(() => trainAveragedLinearModel(toyData(), OPTIONS, 0)).toThrow(/positive integer/)
  })
})
