import { expect, test } from 'vitest'
import { expectedCalibrationError } from './expected-calibration-error.ts'

test.each([
  ['perfectly calibrated bins', [0.25, 0.25, 0.25, 0.25], [true, false, false, false], 0],
  ['over-confident', [0.9, 0.9], [true, false], 0.4],
  // Bin [0.1, 0.2): confidence 0.1, accuracy 0 → 0.1 × 1/2; bin [0.8, 0.9): 0.8 vs 1 → 0.2 × 1/2.
  ['two bins weighted by size', [0.1, 0.8], [false, true], 0.15],
  ['nothing to judge', [], [], 0],
])('%s', (_, confidences, outcomes, expected) => {
  expect(expectedCalibrationError(confidences, outcomes)).toBeCloseTo(expected, 10)
})
