import { expect, test } from 'vitest'
import { offsetArgmax, tuneClassOffsets } from './tune-class-offsets.ts'

test('offsets let a rare class win where its probability is second', () => {
  // Class 1 is gold on items 2 and 3 but never the most probable: an offset can recover it.
  const probabilities = Float64Array.of(0.9, 0.1, 0.8, 0.2, 0.6, 0.4, 0.55, 0.45)
  const targets = Uint8Array.of(1, 0, 1, 0, 0, 1, 0, 1)
  const offsets = tuneClassOffsets(probabilities, targets, 2)
  expect(offsets[0]).toBe(0)
  expect(offsetArgmax(probabilities, 2, 2, offsets)).toBe(1)
  expect(offsetArgmax(probabilities, 0, 2, offsets)).toBe(0)
})
