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

test('does not run away on scores that hardly separate the classes', () => {
  // Without a line search, Newton's steps from slope 1 diverged on these to slope 1e5 and intercept -1e6: a step
  // function that called every document above -3.6 certain.
  const scores = [-3.4, -2.7, -4, -3.6, -4.4, -3.6, -3.3, -4.6, -5.3, -4.4, -3.1, -3.3, -4.1]
  const outcomes = [1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1]
  const scaling = fitPlatt(scores, outcomes)
  expect(Math.abs(scaling.slope)).toBeLessThan(1)
  for (const score of [-5.3, -3.6, -2.7]) expect(applyPlatt(scaling, score)).toBeCloseTo(8 / 13, 1)
})
