import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type HighlightRange, highlightSegments } from './highlight-segments.ts'

interface Named extends HighlightRange {
  readonly name: string
}

/** Each segment as "text:names", e.g. "cd:A+B", so a table row reads like the expected markup. */
function cut(text: string, ranges: readonly Named[]): string[] {
  return highlightSegments(text, ranges).map(
    (segment) => `${segment.text}:${segment.ranges.map((range) => range.name).join('+')}`,
  )
}

const range = (name: string, start: number, end: number): Named => ({ name, start, end })

describe('highlightSegments', () => {
  test.each<[string, string, Named[], string[]]>([
    ['no ranges: one plain segment', 'abcdef', [], ['abcdef:']],
    [
      'overlapping',
      'abcdef',
      [range('A', 1, 4), range('B', 2, 6)],
      ['a:', 'b:A', 'cd:A+B', 'ef:B'],
    ],
    ['nested', 'abcdef', [range('A', 0, 6), range('B', 2, 4)], ['ab:A', 'cd:A+B', 'ef:A']],
    ['adjacent', 'abcdef', [range('A', 0, 3), range('B', 3, 6)], ['abc:A', 'def:B']],
    [
      'at both ends of the text',
      'abcdef',
      [range('A', 0, 1), range('B', 5, 6)],
      ['a:A', 'bcde:', 'f:B'],
    ],
    ['identical ranges keep input order', 'abc', [range('B', 0, 3), range('A', 0, 3)], ['abc:B+A']],
    [
      'same start, different ends',
      'abcd',
      [range('A', 0, 4), range('B', 0, 2)],
      ['ab:A+B', 'cd:A'],
    ],
    [
      'empty and inverted ranges cover nothing',
      'abc',
      [range('A', 1, 1), range('B', 2, 1)],
      ['abc:'],
    ],
    [
      'out-of-range offsets are clamped',
      'abc',
      [range('A', -2, 1), range('B', 2, 99)],
      ['a:A', 'b:', 'c:B'],
    ],
    ['offsets count UTF-16 code units', 'a😀b', [range('A', 1, 3)], ['a:', '😀:A', 'b:']],
  ])('%s', (_case, text, ranges, expected) => {
    expect(cut(text, ranges)).toEqual(expected)
  })

  test('empty text has no segments', () => {
    expect(highlightSegments('', [range('A', 0, 0)])).toEqual([])
  })

  const textWithRanges = fc.string({ unit: 'binary', maxLength: 60 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc
        .array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), {
          maxLength: 12,
        })
        .map((pairs) =>
          pairs.map(([a, b], index) => range(`r${index}`, Math.min(a, b), Math.max(a, b))),
        ),
    ),
  )

  test('property: the segments concatenate to the text, in order and without gaps', () => {
    fc.assert(
      fc.property(textWithRanges, ([text, ranges]) => {
        const segments = highlightSegments(text, ranges)
        expect(segments.map((segment) => segment.text).join('')).toBe(text)
        segments.forEach((segment, index) => {
          expect(segment.end).toBeGreaterThan(segment.start)
          expect(segment.start).toBe(index === 0 ? 0 : segments[index - 1]!.end)
        })
      }),
    )
  })

  test('property: each segment carries exactly the ranges that cover it', () => {
    fc.assert(
      fc.property(textWithRanges, ([text, ranges]) => {
        for (const segment of highlightSegments(text, ranges)) {
          const covering = ranges.filter((r) => r.start <= segment.start && segment.end <= r.end)
          expect(segment.ranges).toEqual(covering)
        }
      }),
    )
  })
})
