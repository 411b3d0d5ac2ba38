import { expect, test } from 'vitest'
import { scoreStoryClustering } from './score-story-clustering.ts'

const gold = new Map<string, string | null>([
  ['a1', 'a'],
  ['a2', 'a'],
  ['a3', 'a'],
  ['b1', 'b'],
  ['b2', 'b'],
  ['x', null],
])

test.each([
  [
    'the true clustering',
    [
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ],
    1,
    1,
  ],
  ['two stories chained into one', [['a1', 'a2', 'a3', 'b1', 'b2']], 4 / 10, 1],
  [
    'a same-event document pulled in',
    [
      ['a1', 'a2', 'a3', 'x'],
      ['b1', 'b2'],
    ],
    4 / 7,
    1,
  ],
  [
    'a missed translation',
    [
      ['a1', 'a2'],
      ['b1', 'b2'],
    ],
    1,
    2 / 4,
  ],
  ['nothing linked', [], 1, 0],
])('%s', (_case, stories, precision, recall) => {
  const predicted = new Map<string, string | null>([...gold.keys()].map((id) => [id, null]))
  stories.forEach((members, index) => {
    for (const id of members) predicted.set(id, `s${index}`)
  })
  const score = scoreStoryClustering(predicted, gold)
  expect(score.precision).toBeCloseTo(precision)
  expect(score.recall).toBeCloseTo(recall)
  expect(score.goldPairs).toBe(4)
})
