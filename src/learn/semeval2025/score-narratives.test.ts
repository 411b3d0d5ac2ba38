import { describe, expect, test } from 'vitest'
import { samplesF1, scoreNarratives, setF1 } from './score-narratives.ts'
import { scoreRoles } from './score-roles.ts'

describe('official metrics', () => {
  test.each([
    [['a'], ['a'], 1],
    [['a', 'b'], ['a'], 2 / 3],
    [['a'], [], 0],
    [[], [], 0],
    [['Other'], ['a'], 0],
  ])('F1 of gold %j and predicted %j is %d', (gold, predicted, expected) => {
    expect(setF1(gold, predicted)).toBeCloseTo(expected, 10)
  })

  test('samples-F1 averages documents and reports their standard deviation', () => {
    expect(
      samplesF1([
        [['a'], ['a']],
        [['a'], ['b']],
      ]),
    ).toEqual({ f1: 0.5, std: 0.5 })
  })

  test('a document without a prediction counts as an empty prediction', () => {
    const gold = new Map([
      ['x', { narratives: ['N'], subNarratives: ['N: S'] }],
      ['y', { narratives: ['Other'], subNarratives: ['Other'] }],
    ])
    const scores = scoreNarratives(
      gold,
      new Map([['y', { narratives: ['Other'], subNarratives: ['Other'] }]]),
    )
    expect(scores.narratives.f1).toBe(0.5)
    expect(scores.subNarratives.f1).toBe(0.5)
  })

  test('subtask 1: the exact-match ratio needs the whole set of fine roles', () => {
    const mention = { doc: 'd', text: 'X', start: 0, end: 1, rawStart: 0, rawEnd: 0 }
    const gold = [
      { ...mention, main: 'Antagonist', fine: ['Instigator', 'Tyrant'] },
      { ...mention, main: 'Innocent', fine: ['Victim'] },
    ]
    const scores = scoreRoles(gold, [
      { main: 'Antagonist', fine: ['Instigator'] },
      { main: 'Innocent', fine: ['Victim'] },
    ])
    expect(scores.exactMatchRatio).toBe(0.5)
    expect(scores.mainRoleAccuracy).toBe(1)
    expect(scores.microPrecision).toBe(1)
    expect(scores.microRecall).toBeCloseTo(2 / 3, 10)
  })
})
