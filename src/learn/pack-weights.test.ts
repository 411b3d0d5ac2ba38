import { expect, test } from 'vitest'
import { packMatrix, packUnsigned, unpackMatrix, unpackUnsigned } from './pack-weights.ts'

test('weights survive packing within one quantisation step of their column', () => {
  const weights = Float32Array.of(1, -0.5, 0.25, 2, -1, 0.001)
  const restored = unpackMatrix(packMatrix(weights, 3, 2))
  // Column 0 spans ±1 (step 1/127), column 1 spans ±2 (step 2/127).
  weights.forEach((weight, index) => {
    expect(Math.abs(restored[index]! - weight)).toBeLessThanOrEqual((index % 2 ? 2 : 1) / 127 / 2)
  })
})

test('pruning zeroes weights below the share of their column maximum', () => {
  const restored = unpackMatrix(packMatrix(Float32Array.of(1, 0.05, -0.2), 3, 1, 0.1))
  expect(restored[1]).toBe(0)
  expect(restored[2]).toBeCloseTo(-0.2, 2)
})

test('packing is byte-for-byte reproducible', () => {
  const weights = Float32Array.from({ length: 1000 }, (_, index) => Math.sin(index))
  expect(packMatrix(weights, 500, 2).data).toBe(packMatrix(weights, 500, 2).data)
})

test('idf values round-trip to the nearest step', () => {
  const restored = unpackUnsigned(packUnsigned(Float32Array.of(1, 2.52, 9.9), 1, 0.05), 1, 0.05)
  expect(Array.from(restored, (value) => Number(value.toFixed(2)))).toEqual([1, 2.5, 9.9])
})
