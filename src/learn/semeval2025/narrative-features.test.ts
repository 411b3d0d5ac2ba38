import { describe, expect, test } from 'vitest'
import type { SparseVector } from '../sparse-vector.ts'
import {
  countNarrativeFeatures,
  type FeatureOccurrences,
  type NarrativeFeatureOptions,
} from './narrative-features.ts'

const WORDS_ONLY: NarrativeFeatureOptions = { dims: 2 ** 20, stemLength: 5, charOrders: null }
const WITH_CHARS: NarrativeFeatureOptions = { ...WORDS_ONLY, charOrders: [3, 5] }

// The character n-gram part of a text's counts: its counts with grams minus its counts without.
function charPart(text: string): Map<number, number> {
  const asMap = (vector: SparseVector) =>
    new Map([...vector.indices].map((index, position) => [index, vector.values[position]!]))
  const all = asMap(countNarrativeFeatures(text, WITH_CHARS))
  for (const [index, count] of asMap(countNarrativeFeatures(text, WORDS_ONLY)))
    all.set(index, all.get(index)! - count)
  return new Map([...all].filter(([, count]) => count > 0))
}

describe('countNarrativeFeatures', () => {
  test('character n-grams stay within words: word order does not change them', () => {
    expect(charPart('sanctions hurt europe')).toEqual(charPart('europe hurt sanctions'))
    expect(charPart('sanctions hurt europe').size).toBeGreaterThan(0)
  })

  test('every feature, character n-grams included, is traced to the start of its word', () => {
    const text = 'Kyiv denies: the sanctions work.'
    const occurrences: FeatureOccurrences = { indices: [], offsets: [] }
    const counts = countNarrativeFeatures(text, WITH_CHARS, occurrences)
    const total = [...counts.values].reduce((sum, count) => sum + count, 0)
    expect(occurrences.indices).toHaveLength(total)
    expect(new Set(occurrences.offsets)).toEqual(new Set([0, 5, 13, 17, 27]))
  })
})
