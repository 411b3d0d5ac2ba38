import { describe, expect, test } from 'vitest'
import { bestExpectedF1, decideNarratives } from './decide-narratives.ts'

const N = 'URW: Discrediting Ukraine'
const M = 'URW: Praise of Russia'
const LABELS = [
  'Other',
  N,
  `${N}: Ukraine is associated with nazism`,
  `${N}: Other`,
  M,
  `${M}: Praise of Russian military might`,
]

describe('decideNarratives', () => {
  test('"Other" wins when it is the most probable narrative', () => {
    expect(decideNarratives(LABELS, [0.8, 0.3, 0.2, 0.1, 0.1, 0.1])).toMatchObject({
      narratives: ['Other'],
      subNarratives: ['Other'],
    })
  })

  test('narratives first, then the best sub-narratives of the chosen narratives only', () => {
    const decision = decideNarratives(LABELS, [0.05, 0.9, 0.8, 0.1, 0.2, 0.9])
    expect(decision.narratives).toEqual([N])
    expect(decision.subNarratives).toEqual([`${N}: Ukraine is associated with nazism`])
  })

  test('a chosen narrative without a chosen sub-narrative gets "<narrative>: Other"', () => {
    const decision = decideNarratives(LABELS, [0.05, 0.9, 0.01, 0.02, 0.85, 0.9])
    expect(decision.narratives).toEqual([N, M])
    expect(decision.subNarratives).toEqual([
      `${N}: Other`,
      `${M}: Praise of Russian military might`,
    ])
  })

  test("each chosen narrative's sub-narratives are chosen among themselves", () => {
    // Pooled, the confident nazism sub-narrative alone would win and M would fall back to "M: Other".
    const decision = decideNarratives(LABELS, [0.05, 0.9, 0.9, 0.05, 0.85, 0.3])
    expect(decision.narratives).toEqual([N, M])
    expect(decision.subNarratives).toEqual([
      `${N}: Ukraine is associated with nazism`,
      `${M}: Praise of Russian military might`,
    ])
  })

  test('as many narratives as maximise the exact expected F1, "Other" counting as a gold label it may miss', () => {
    const O = 'URW: Russia is the Victim'
    const P = 'URW: Amplifying war-related fears'
    const labels = ['Other', N, M, O, P]
    // The plug-in estimate would report all four narratives; the exact expectation is highest for the first alone.
    expect(decideNarratives(labels, [0.01, 0.8, 0.3, 0.3, 0.3]).narratives).toEqual([N])
    expect(decideNarratives(labels, [0.01, 0.9, 0.6, 0.01, 0.01]).narratives).toEqual([N, M])
    expect(decideNarratives(labels, [0.9, 0.6, 0.3, 0.01, 0.01]).narratives).toEqual(['Other'])
  })

  test('expected F1 keeps a second label only when it is likely enough', () => {
    const labels = (ps: number[]) =>
      bestExpectedF1(ps.map((probability, index) => ({ label: `l${index}`, probability }))).map(
        (item) => item.label,
      )
    expect(labels([0.9, 0.6])).toEqual(['l0', 'l1'])
    expect(labels([0.9, 0.1])).toEqual(['l0'])
    expect(labels([0.2, 0.1])).toEqual(['l0'])
  })
})
