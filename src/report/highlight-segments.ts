/** A range of text to highlight: half-open [start, end) in UTF-16 code units. */
export interface HighlightRange {
  readonly start: number
  readonly end: number
}

/** A maximal run of text covered by the same set of ranges. */
export interface Segment<R extends HighlightRange> {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Every range that covers the whole segment, in input order; empty for plain text. */
  readonly ranges: readonly R[]
}

/**
 * Cuts `text` at every range start and end, so that overlapping and nested ranges from any number of
 * layers can be rendered as flat, correctly nested markup; the segments' texts concatenate to `text`.
 */
export function highlightSegments<R extends HighlightRange>(
  text: string,
  ranges: readonly R[],
): Segment<R>[] {
  // Offsets come from untrusted JSON: clamp them to the text and drop ranges that cover nothing.
  const clamped = ranges
    .map((range, index) => ({
      index,
      start: clamp(range.start, text.length),
      end: clamp(range.end, text.length),
    }))
    .filter((range) => range.start < range.end)
  const starting = groupBy(clamped, (range) => range.start)
  const ending = groupBy(clamped, (range) => range.end)
  const cuts = [...new Set([0, text.length, ...starting.keys(), ...ending.keys()])].sort(
    (a, b) => a - b,
  )

  const active = new Set<number>()
  const segments: Segment<R>[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    for (const range of ending.get(start) ?? []) active.delete(range.index)
    for (const range of starting.get(start) ?? []) active.add(range.index)
    const covering = [...active].sort((a, b) => a - b).map((index) => ranges[index]!)
    segments.push({ start, end, text: text.slice(start, end), ranges: covering })
  }
  return segments
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), length) : 0
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}
