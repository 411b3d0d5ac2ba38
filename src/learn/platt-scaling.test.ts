import { expect, test } from 'vitest'
import { applyPlatt, fitPlatt } from './platt-scaling.ts'

test('maps scores to the observed frequency of positives', () => {
  // Score 1 is positive 3 times in 4, score -1 once in 4.
  const scores = [1, 1, 1, 1, -1, -1, -1, -1]
  const outcomes = [1, 1, 1, 0, 1, 0, 0, 0]
  const scaling = fitPlatt(scores, outcomes)
  expect(applyPlatt(scaling, 1)).toBeCloseTo(0.7, 1)
  expect(applyPlatt(scaling, -1)).toBeCloseTo(0.3, 1)
})

test('stays finite when the scores separate the classes', () => {
  const scaling = fitPlatt([2, 3, -2, -3], [1, 1, 0, 0])
  expect(Number.isFinite(scaling.slope)).toBe(true)
  expect(applyPlatt(scaling, 3)).toBeLessThan(1)
})
