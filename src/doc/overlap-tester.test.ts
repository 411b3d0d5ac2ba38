import { describe, expect, it } from 'vitest'
import { seededRandom } from '../learn/seeded-random.ts'
import { overlapTester } from './span.ts'

describe('overlapTester', () => {
  it('agrees with a scan of every span, for nested, overlapping and unsorted spans', () => {
    const random = seededRandom(11)
    for (let trial = 0; trial < 200; trial++) {
      const spans = Array.from({ length: Math.floor(random() * 8) }, () => {
        const start = Math.floor(random() * 50)
        return { start, end: start + 1 + Math.floor(random() * 12) }
      })
      const overlaps = overlapTester(spans)
      for (let start = 0; start < 60; start += 3)
        for (const length of [1, 2, 7]) {
          const end = start + length
          const expected = spans.some((span) => span.start < end && start < span.end)
          expect(overlaps(start, end)).toBe(expected)
        }
    }
  })

  it('says no for no spans, and for ranges that only touch a span', () => {
    expect(overlapTester([])(0, 10)).toBe(false)
    const overlaps = overlapTester([{ start: 5, end: 9 }])
    expect(overlaps(0, 5)).toBe(false)
    expect(overlaps(9, 12)).toBe(false)
    expect(overlaps(8, 9)).toBe(true)
  })
})
