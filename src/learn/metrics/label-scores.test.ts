import { describe, expect, test } from 'vitest'
import { scoreLabelSets } from './label-scores.ts'

describe('scoreLabelSets', () => {
  test('micro and macro F1 of multi-label sets, computed by hand', () => {
    // a: tp 2 (items 1, 2), fp 1 (item 3), fn 0 → P 2/3, R 1, F1 0.8
    // b: tp 1 (item 2), fp 0, fn 1 (item 3) → P 1, R 1/2, F1 2/3
    // c: never gold, never predicted → F1 0, still averaged ("all")
    const gold = [['a'], ['a', 'b'], ['b']]
    const predicted = [['a'], ['a', 'b'], ['a']]
    const scores = scoreLabelSets(gold, predicted, ['a', 'b', 'c'])
    expect(scores.perLabel.a).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 0,
    })
    expect(scores.perLabel.a!.f1).toBeCloseTo(0.8, 10)
    expect(scores.perLabel.b!.f1).toBeCloseTo(2 / 3, 10)
    // micro: tp 3, fp 1, fn 1 → P 3/4, R 3/4, F1 3/4
    expect(scores.micro.f1).toBeCloseTo(0.75, 10)
    expect(scores.macro.f1).toBeCloseTo((0.8 + 2 / 3 + 0) / 3, 10)
  })

  test('macro over labels present in gold or predictions (subtask 1)', () => {
    // opinion: tp 2, fp 1, fn 0 → F1 0.8; reporting: tp 0, fp 0, fn 1 → 0; satire absent → not averaged.
    const scores = scoreLabelSets(
      [['opinion'], ['opinion'], ['reporting']],
      [['opinion'], ['opinion'], ['opinion']],
      ['opinion', 'reporting', 'satire'],
      'present',
    )
    expect(scores.macro.f1).toBeCloseTo(0.4, 10)
    expect(scores.micro.f1).toBeCloseTo(2 / 3, 10)
  })

  test('unknown labels are ignored and empty sets score 0 without dividing by zero', () => {
    const scores = scoreLabelSets([[], ['x']], [['y'], []], ['a'])
    expect(scores.micro).toEqual({ precision: 0, recall: 0, f1: 0 })
  })

  test('refuses predictions that do not line up with the gold items', () => {
    expect(() => scoreLabelSets([['a']], [], ['a'])).toThrow(/1 gold items but 0 predictions/)
  })
})
