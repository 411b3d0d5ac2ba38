import type { Anchor } from './anchor.ts'

// A translation keeps the distances between facts in proportion to its length: the characters between two aligned
// anchors in one version are about the same multiple of those in the other. Within this factor, a gap agrees.
const GAP_TOLERANCE = Math.log(1.5)
// Fewer gaps than this say nothing about proportion.
const MIN_GAPS = 8

/**
 * Share of the text between consecutive aligned anchors whose length is in proportion on both sides (the
 * proportion being the median one). Independent of paragraphs, so it judges a version that lost its paragraph
 * breaks (a scraped page, a blob of text) where paragraph agreement cannot; 0 when there are too few gaps.
 */
export function gapConsistency(
  pairs: readonly (readonly [number, number])[],
  anchorsA: readonly Anchor[],
  anchorsB: readonly Anchor[],
): number {
  const gaps: { a: number; b: number }[] = []
  for (let k = 0; k + 1 < pairs.length; k++) {
    const a = anchorsA[pairs[k + 1]![0]]!.start - anchorsA[pairs[k]![0]]!.start
    const b = anchorsB[pairs[k + 1]![1]]!.start - anchorsB[pairs[k]![1]]!.start
    if (a > 0 && b > 0) gaps.push({ a, b })
  }
  if (gaps.length < MIN_GAPS) return 0
  const ratios = gaps.map((gap) => Math.log(gap.b / gap.a)).sort((x, y) => x - y)
  const typical = ratios[Math.floor(ratios.length / 2)]!
  let agreeing = 0
  let total = 0
  for (const gap of gaps) {
    // Weighed by the gap's length, so that two anchors in one phrase ("Jan P.", "6 March 2024") count little.
    const weight = Math.min(gap.a, gap.b * Math.exp(-typical))
    total += weight
    if (Math.abs(Math.log(gap.b / gap.a) - typical) <= GAP_TOLERANCE) agreeing += weight
  }
  return total > 0 ? agreeing / total : 0
}
