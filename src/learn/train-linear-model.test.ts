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
})
