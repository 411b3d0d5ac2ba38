import { describe, expect, test } from 'vitest'
import { bestExpectedF1 } from './decide-narratives.ts'
import { bestCountByExpectedF1, countDistribution, expectedF1 } from './expected-f1.ts'

describe('countDistribution', () => {
  test.each([
    [[], [1]],
    [
      [0.5, 0.5],
      [0.25, 0.5, 0.25],
    ],
    [
      [1, 0, 0.5],
      [0, 0.5, 0.5, 0],
    ],
  ])('%j happen %j times', (probabilities, expected) => {
    const distribution = [...countDistribution(probabilities)]
    expect(distribution).toHaveLength(expected.length)
    distribution.forEach((value, count) => {
      expect(value).toBeCloseTo(expected[count]!, 12)
    })
  })
})

describe('expectedF1', () => {
  test.each([
    ['a sure hit, nothing missed', [1], [], 1],
    ['a sure hit beside a sure miss', [1], [1], 2 / 3],
    ['a coin flip, nothing else gold', [0.5], [], 0.5],
    ['two sure labels, one predicted', [1], [1], 2 / 3],
    ['a sure miss', [0], [1], 0],
  ])('%s', (_, chosen, left, expected) => {
    expect(expectedF1(countDistribution(chosen), countDistribution(left))).toBeCloseTo(expected, 12)
  })

  test('averages the F1 of every outcome: one of 0.9 predicted, 0.6 left out', () => {
    // Gold {a}: 0.9 × 0.4 × F1 1; gold {a, b}: 0.9 × 0.6 × F1 2/3; a missed: F1 0.
    expect(expectedF1(countDistribution([0.9]), countDistribution([0.6]))).toBeCloseTo(0.72, 12)
  })
})

describe('bestCountByExpectedF1', () => {
  test.each([
    [[0.9, 0.6], 2],
    [[0.9, 0.1], 1],
    [[0.2, 0.1], 1],
    [[0.3, 0.3, 0.3], 3],
  ])('%j: the best prefix has %i labels', (probabilities, count) => {
    expect(bestCountByExpectedF1(probabilities)).toBe(count)
  })

  test('reports fewer labels than the plug-in estimate behind a confident first label', () => {
    const probabilities = [0.8, 0.3, 0.3, 0.3]
    const plugIn = bestExpectedF1(
      probabilities.map((probability, index) => ({ label: `l${index}`, probability })),
    )
    expect(plugIn).toHaveLength(4)
    expect(bestCountByExpectedF1(probabilities)).toBe(1)
  })

  test('a likely gold label outside the candidates makes a larger gold set, so a second guess pays', () => {
    expect(bestCountByExpectedF1([0.6, 0.3])).toBe(1)
    expect(bestCountByExpectedF1([0.6, 0.3], [0.9])).toBe(2)
  })
})
