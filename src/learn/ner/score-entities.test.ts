import { expect, test } from 'vitest'
import { scoreEntities } from './score-entities.ts'

test('exact-match precision, recall and F1 per type and overall, computed by hand', () => {
  const scores = scoreEntities([
    {
      // PER right; LOC with the wrong end (one false positive, one false negative).
      gold: [
        { start: 0, end: 5, label: 'PER' },
        { start: 10, end: 15, label: 'LOC' },
      ],
      predicted: [
        { start: 0, end: 5, label: 'PER' },
        { start: 10, end: 20, label: 'LOC' },
      ],
    },
    {
      // Same offsets in another sentence: ORG right, PER missed, a spurious LOC, a wrong type (ORG for MISC).
      gold: [
        { start: 0, end: 5, label: 'ORG' },
        { start: 6, end: 9, label: 'PER' },
        { start: 20, end: 24, label: 'MISC' },
      ],
      predicted: [
        { start: 0, end: 5, label: 'ORG' },
        { start: 12, end: 14, label: 'LOC' },
        { start: 20, end: 24, label: 'ORG' },
      ],
    },
  ])
  // PER: tp 1, fp 0, fn 1 → P 1, R 0.5, F1 2/3.
  expect(scores.byLabel.PER).toMatchObject({
    truePositives: 1,
    falsePositives: 0,
    falseNegatives: 1,
  })
  expect(scores.byLabel.PER?.precision).toBe(1)
  expect(scores.byLabel.PER?.recall).toBe(0.5)
  expect(scores.byLabel.PER?.f1).toBeCloseTo(2 / 3, 10)
  // LOC: tp 0, fp 2, fn 1 → all rates 0.
  expect(scores.byLabel.LOC).toMatchObject({
    truePositives: 0,
    falsePositives: 2,
    falseNegatives: 1,
    f1: 0,
  })
  // ORG: tp 1, fp 1, fn 0 → P 0.5, R 1, F1 2/3.
  expect(scores.byLabel.ORG?.precision).toBe(0.5)
  expect(scores.byLabel.ORG?.recall).toBe(1)
  // MISC: tp 0, fp 0, fn 1.
  expect(scores.byLabel.MISC).toMatchObject({
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 1,
    precision: 0,
  })
  // Overall: tp 2, fp 3, fn 3 → P 0.4, R 0.4, F1 0.4.
  expect(scores.overall).toMatchObject({ truePositives: 2, falsePositives: 3, falseNegatives: 3 })
  expect(scores.overall.precision).toBeCloseTo(0.4, 10)
  expect(scores.overall.recall).toBeCloseTo(0.4, 10)
  expect(scores.overall.f1).toBeCloseTo(0.4, 10)
})

test('nothing predicted and nothing gold scores 0, not NaN', () => {
  expect(scoreEntities([{ gold: [], predicted: [] }]).overall).toMatchObject({
    precision: 0,
    recall: 0,
    f1: 0,
  })
})
