import type { Span } from '../contracts/span.ts'

/** Builds the span [start, end) of `text`. */
export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) }
}

/** Shrinks [start, end) so that it neither starts nor ends with white space. */
export function trimSpan(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (from < to && /\s/u.test(text[from] ?? '')) from++
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
  return makeSpan(text, from, to)
}

/** True when `inner` lies within `outer`. */
export function contains(
  outer: { start: number; end: number },
  inner: { start: number; end: number },
): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/** True when the two ranges share at least one code unit. */
export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end
}

/** The span of sorted, non-overlapping `spans` that contains `offset`, if any. */
export function spanAt<T extends { start: number; end: number }>(
  spans: readonly T[],
  offset: number,
): T | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return span
  }
  return undefined
}

/** Index of the span containing `offset` in sorted, non-overlapping `spans`, or -1. */
export function spanIndexAt(
  spans: readonly { start: number; end: number }[],
  offset: number,
): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return middle
  }
  return -1
}

/** The spans of `spans` (sorted by start) that start in [start, end), found by binary search. */
export function spansStartingIn<T extends { start: number }>(
  spans: readonly T[],
  start: number,
  end: number,
): T[] {
  return spans.slice(firstStartAtOrAfter(spans, start), firstStartAtOrAfter(spans, end))
}

/** Index of the first span (of spans sorted by start) that starts at or after `offset`. */
export function firstStartAtOrAfter(spans: readonly { start: number }[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * For each item (in text order), the index of the span holding its start, or -1: spanIndexAt for each, found by
 * one sweep, since both lists are in text order and the spans do not overlap.
 */
export function spanIndexOfEach(
  items: readonly { readonly start: number }[],
  spans: readonly { readonly start: number; readonly end: number }[],
): Int32Array {
  const indexes = new Int32Array(items.length)
  let span = 0
  for (let index = 0; index < items.length; index++) {
    const start = items[index]!.start
    while (span < spans.length && spans[span]!.end <= start) span++
    indexes[index] = span < spans.length && spans[span]!.start <= start ? span : -1
  }
  return indexes
}

/**
 * A test of whether [start, end) overlaps any of `spans` (in any order, overlapping or not), answered by binary
 * search: the spans sorted by start, with the furthest end reached so far.
 */
export function overlapTester(
  spans: readonly { readonly start: number; readonly end: number }[],
): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const starts = Int32Array.from(sorted, (span) => span.start)
  const reach = new Int32Array(sorted.length)
  let furthest = -1
  sorted.forEach((span, index) => {
    furthest = Math.max(furthest, span.end)
    reach[index] = furthest
  })
  // The last span starting before `end` reaches furthest among all that do.
  return (start, end) => {
    const before = lowerBound(starts, end)
    return before > 0 && reach[before - 1]! > start
  }
}

/** The first position in ascending `values` whose value is not below `target` (values.length if none). */
export function lowerBound(values: Int32Array, target: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! < target) low = middle + 1
    else high = middle
  }
  return low
}
