import fc from 'fast-check'
import { expect, test } from 'vitest'
import { spanIndexAt, spanIndexOfEach } from './span.ts'

test('spanIndexOfEach gives what spanIndexAt gives item by item, for sorted spans with gaps', () => {
  // Sorted, non-overlapping spans (some empty) and sorted item offsets, as tokens and sentences are.
  const spans = fc.array(fc.tuple(fc.nat(5), fc.nat(8)), { maxLength: 12 }).map((steps) => {
    let at = 0
    return steps.map(([gap, length]) => {
      const start = at + gap
      at = start + length
      return { start, end: at }
    })
  })
  const items = fc
    .array(fc.nat(120), { maxLength: 30 })
    .map((offsets) => offsets.sort((a, b) => a - b).map((start) => ({ start })))
  fc.assert(
    fc.property(spans, items, (spanList, itemList) => {
      const expected = itemList.map((item) => spanIndexAt(spanList, item.start))
      expect([...spanIndexOfEach(itemList, spanList)]).toEqual(expected)
    }),
    { numRuns: 2_000 },
  )
})
