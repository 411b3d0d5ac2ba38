import { expect, test } from 'vitest'
import { evaluatePredictions } from './evaluate-predictions.ts'
import type { TaskExample } from './task-examples.ts'

function examples(labelSets: string[][]): TaskExample[] {
  const article = { id: 'a', lang: 'fr', text: '', lines: [] }
  return labelSets.map((labels, position) => ({
    group: 'fr:a',
    lang: 'fr',
    article,
    start: 0,
    end: 0,
    position,
    labels,
    evidence: [],
  }))
}

test('subtask 1: macro-F1 over the genres present, computed by hand', () => {
  // opinion: tp 1, fp 1, fn 1 → F1 0.5; reporting: tp 1, fp 0, fn 0 → 1; satire: tp 0, fp 1, fn 1 → 0.
  const gold = examples([['opinion'], ['opinion'], ['reporting'], ['satire']])
  const report = evaluatePredictions('genre', gold, [
    ['opinion'],
    ['satire'],
    ['reporting'],
    ['opinion'],
  ])
  expect(report.official).toEqual({ metric: 'macro-F1', value: 0.5 })
  expect(report.micro.f1).toBe(0.5)
  expect(report.perLabel.reporting).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 })
})

test('subtask 3: micro-F1 over binarised techniques, macro over all 23, computed by hand', () => {
  // Doubt: tp 1, fp 0, fn 1; Slogans: tp 0, fp 1, fn 0 → micro P 1/2, R 1/2, F1 1/2.
  // Macro: Doubt F1 2/3, the other 22 labels 0 → (2/3) / 23.
  const gold = examples([['Doubt'], ['Doubt'], []])
  const report = evaluatePredictions('techniques', gold, [['Doubt'], [], ['Slogans']])
  expect(report.official).toEqual({ metric: 'micro-F1', value: 0.5 })
  expect(report.macro.f1).toBeCloseTo(2 / 3 / 23, 4)
  expect(report.perLabel.Doubt).toEqual({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 })
})

test('subtask 2: a frame neither gold nor predicted scores 0 in the macro average', () => {
  const gold = examples([['Economic'], ['Political']])
  const report = evaluatePredictions('frames', gold, [['Economic'], ['Political']])
  expect(report.official.value).toBe(1)
  expect(report.macro.f1).toBeCloseTo(2 / 14, 4)
})
