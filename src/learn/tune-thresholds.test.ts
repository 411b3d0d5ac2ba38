import { expect, test } from 'vitest'
import { tuneGlobalThreshold, tuneLabelThresholds } from './tune-thresholds.ts'

test('one threshold per label beats one for all when labels are scored on different scales', () => {
  // Label 0 is right above 0.6, label 1 above 0.2 (its scores are all low).
  const probabilities = Float64Array.of(0.7, 0.1, 0.5, 0.3, 0.65, 0.25, 0.3, 0.05)
  const targets = Uint8Array.of(1, 0, 0, 1, 1, 1, 0, 0)
  const scored = { probabilities, targets, labelCount: 2 }
  const thresholds = tuneLabelThresholds(scored)
  expect(thresholds[0]).toBeGreaterThan(0.5)
  expect(thresholds[0]).toBeLessThanOrEqual(0.65)
  expect(thresholds[1]).toBeGreaterThan(0.1)
  expect(thresholds[1]).toBeLessThanOrEqual(0.25)
  const global = tuneGlobalThreshold(scored)
  expect(global).toBeGreaterThan(0.02)
})
