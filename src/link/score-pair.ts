import { alignAnchors } from './align-anchors.ts'
import { ANCHOR_WEIGHTS, type Anchor } from './anchor.ts'
import type { Fingerprint } from './fingerprint-document.ts'
import { gapConsistency } from './gap-consistency.ts'
import { paragraphAgreement } from './paragraph-agreement.ts'
import type { AnchorWeights } from './weigh-anchors.ts'
import { countShared } from './word-shingles.ts'

// Text route (same language). Three sampled shingles are about twelve shared five-word sequences: more than two
// independent articles share by quoting the same statement.
const MIN_SHARED_SAMPLES = 3
// Half of the shorter text's shingles found in the longer: an excerpt, a teaser or a republication.
const MIN_TEXT_CONTAINMENT = 0.5
// Below this share of the longer text, the shorter is an excerpt rather than a full republication.
const EXCERPT_MAX_COVERAGE = 0.6

// Anchor route (any language). Calibrated on the demo corpus and on built pairs (see README.md): versions score
// 0.6–1.0, independent reports on the same event 0.1–0.45.
const VERSION_THRESHOLD = 0.5
// Paragraph agreement can lower ordered coverage by at most this share (a translation that re-paragraphs freely
// still links on order alone when its coverage is high).
const PARAGRAPH_SHARE = 0.6
// Too few aligned anchors prove nothing: a short brief "covers" any long article on its event. Counted in kind
// weights (six names, or two figures and two names), not rarity-lowered ones, so the bar does not move with the
// corpus's size.
const MIN_ALIGNED_KIND_WEIGHT = 6
// A text with this few paragraphs holding aligned anchors has lost its paragraphing (a scraped blob): paragraph
// agreement cannot judge it, the proportion of the gaps between its anchors does instead.
const MIN_COMPARABLE_PARAGRAPHS = 3
const MIN_ALIGNED_ANCHORS = 5

// Same-event route: shared names, dates and figures regardless of order.
const MIN_SAME_EVENT_OVERLAP = 0.25
const MIN_SAME_EVENT_KEYS = 3
const MAX_SHARED_EXAMPLES = 8

/** What a scored pair is, when it is anything. */
export type PairKind = 'republication' | 'translation' | 'excerpt' | 'same-event'

/** How two documents relate, with the measures that decided it. */
export interface PairScore {
  readonly a: number
  readonly b: number
  readonly kind: PairKind | null
  readonly score: number
  readonly method: 'shingles' | 'anchors' | 'entities'
  /** The index of the shorter document (the excerpt when `kind` is excerpt). */
  readonly shorter: number
  /** Share of the longer document that the shorter one carries. */
  readonly coverageOfLonger: number
  readonly measures: Readonly<Record<string, number>>
  /** Shared anchors or the number of shared phrases, for the analyst. */
  readonly shared: readonly string[]
}

/** Scores one candidate pair: shared text first, then anchors in order, then shared anchors in any order. */
export function scorePair(
  a: Fingerprint,
  b: Fingerprint,
  weightsA: AnchorWeights,
  weightsB: AnchorWeights,
): PairScore {
  return scoreByText(a, b) ?? scoreByAnchors(a, b, weightsA, weightsB)
}

function scoreByText(a: Fingerprint, b: Fingerprint): PairScore | null {
  const shared = countShared(a.shingles, b.shingles)
  if (shared < MIN_SHARED_SAMPLES) return null
  const [small, large] = a.shingles.length <= b.shingles.length ? [a, b] : [b, a]
  const containment = shared / small.shingles.length
  if (containment < MIN_TEXT_CONTAINMENT) return null
  const coverageOfLonger = shared / large.shingles.length
  const jaccard = shared / (a.shingles.length + b.shingles.length - shared)
  return {
    a: a.index,
    b: b.index,
    kind: coverageOfLonger < EXCERPT_MAX_COVERAGE ? 'excerpt' : 'republication',
    score: containment,
    method: 'shingles',
    shorter: small.index,
    coverageOfLonger,
    measures: { containment: round(containment), jaccard: round(jaccard), sharedSamples: shared },
    shared: [],
  }
}

function scoreByAnchors(
  a: Fingerprint,
  b: Fingerprint,
  weightsA: AnchorWeights,
  weightsB: AnchorWeights,
): PairScore {
  const isCrossLingual = a.lang !== b.lang || a.lang === null
  const wa = isCrossLingual ? weightsA.crossLingual : weightsA.all
  const wb = isCrossLingual ? weightsB.crossLingual : weightsB.all
  const totalA = isCrossLingual ? weightsA.totalCrossLingual : weightsA.totalAll
  const totalB = isCrossLingual ? weightsB.totalCrossLingual : weightsB.totalAll
  // Anchors shared in any order bound the ordered coverage from above: most candidates (same event, shared
  // background) stop here, before the alignment.
  const bound = sharedWeightBound(a, b, wa, wb)
  if (bound / Math.max(1e-9, Math.min(totalA, totalB)) < VERSION_THRESHOLD)
    return scoreSameEvent(a, b, wa, wb, totalA <= totalB ? a.index : b.index, {})
  const alignment = alignAnchors(
    a.anchors,
    b.anchors,
    (i) => wa[i]!,
    (j) => wb[j]!,
    a.positions,
    b.positions,
  )
  const smaller = Math.min(totalA, totalB)
  const coverage = smaller > 0 ? Math.min(1, alignment.weight / smaller) : 0
  const shorter = totalA <= totalB ? a.index : b.index
  const coverageOfLonger =
    shorter === a.index
      ? alignedExtent(
          alignment.pairs.map(([, j]) => j),
          wb,
          totalB,
        )
      : alignedExtent(
          alignment.pairs.map(([i]) => i),
          wa,
          totalA,
        )
  const agreement = paragraphAgreement(
    alignment.pairs,
    a.anchors,
    b.anchors,
    a.paragraphs,
    b.paragraphs,
    (index) => {
      const [i, j] = alignment.pairs[index]!
      return Math.min(wa[i]!, wb[j]!)
    },
  )
  const isBlob =
    alignedParagraphs(alignment.pairs, a.anchors, 0) < MIN_COMPARABLE_PARAGRAPHS ||
    alignedParagraphs(alignment.pairs, b.anchors, 1) < MIN_COMPARABLE_PARAGRAPHS
  // A short excerpt has few paragraphs too: it keeps its paragraph agreement when that is the better measure.
  const proportion = isBlob
    ? Math.max(agreement, gapConsistency(alignment.pairs, a.anchors, b.anchors))
    : agreement
  const score = coverage * (1 - PARAGRAPH_SHARE + PARAGRAPH_SHARE * proportion)
  const measures = {
    orderedCoverage: round(coverage),
    extent: round(coverageOfLonger),
    paragraphAgreement: round(agreement),
    ...(isBlob ? { gapConsistency: round(proportion) } : {}),
    alignedAnchors: alignment.pairs.length,
    alignedWeight: round(alignment.weight),
  }
  let kindWeight = 0
  for (const [i] of alignment.pairs) kindWeight += ANCHOR_WEIGHTS[a.anchors[i]!.kind]
  // Same-language versions share their wording (the text route above); same-language texts that share only
  // anchors in order are site boilerplate (tag lists, related-article blocks) far more often than two independent
  // translations of one original, which link through that original when it is in the corpus.
  const isVersion =
    isCrossLingual &&
    score >= VERSION_THRESHOLD &&
    kindWeight >= MIN_ALIGNED_KIND_WEIGHT &&
    alignment.pairs.length >= MIN_ALIGNED_ANCHORS
  if (isVersion) {
    return {
      a: a.index,
      b: b.index,
      kind: coverageOfLonger < EXCERPT_MAX_COVERAGE ? 'excerpt' : 'translation',
      score: round(score),
      method: 'anchors',
      shorter,
      coverageOfLonger,
      measures,
      shared: examples(alignment.pairs.map(([i]) => a.anchors[i]!.text)),
    }
  }
  return scoreSameEvent(a, b, wa, wb, shorter, measures)
}

// The most weight an alignment could reach: per shared key, the lighter side's total weight of that key.
function sharedWeightBound(
  a: Fingerprint,
  b: Fingerprint,
  wa: Float64Array,
  wb: Float64Array,
): number {
  let bound = 0
  for (const [key, positions] of a.positions) {
    const other = b.positions.get(key)
    if (!other) continue
    let weightA = 0
    let weightB = 0
    for (const at of positions) weightA += wa[at]!
    for (const at of other) weightB += wb[at]!
    bound += Math.min(weightA, weightB)
  }
  return bound
}

// How many paragraphs of one side hold aligned anchors.
function alignedParagraphs(
  pairs: readonly (readonly [number, number])[],
  anchors: readonly Anchor[],
  side: 0 | 1,
): number {
  return new Set(pairs.map((pair) => anchors[pair[side]]!.paragraph)).size
}

// Share of the longer document's anchor weight between its first and last aligned anchors: about 1 for a full
// translation (anchors lost to extraction fall inside the span), about a third for the translation of a third.
function alignedExtent(positions: readonly number[], weights: Float64Array, total: number): number {
  if (positions.length === 0 || total <= 0) return 0
  const first = positions[0]!
  const last = positions[positions.length - 1]!
  let inside = 0
  for (let index = first; index <= last; index++) inside += weights[index]!
  return Math.min(1, inside / total)
}

// Overlap of the two anchor sets, order ignored: what independent articles on one event share.
function scoreSameEvent(
  a: Fingerprint,
  b: Fingerprint,
  wa: Float64Array,
  wb: Float64Array,
  shorter: number,
  measures: Record<string, number>,
): PairScore {
  let shared = 0
  let totalA = 0
  let totalB = 0
  const sharedTexts: string[] = []
  for (const [key, positions] of a.positions) {
    const weight = wa[positions[0]!]!
    totalA += weight
    const other = b.positions.get(key)
    if (!other || weight === 0) continue
    const otherWeight = wb[other[0]!]!
    if (otherWeight === 0) continue
    shared += Math.min(weight, otherWeight)
    sharedTexts.push(a.anchors[positions[0]!]!.text)
  }
  for (const positions of b.positions.values()) totalB += wb[positions[0]!]!
  const overlap = shared / Math.max(1e-9, Math.min(totalA, totalB))
  const isSameEvent = overlap >= MIN_SAME_EVENT_OVERLAP && sharedTexts.length >= MIN_SAME_EVENT_KEYS
  return {
    a: a.index,
    b: b.index,
    kind: isSameEvent ? 'same-event' : null,
    score: round(Math.min(1, overlap)),
    method: 'entities',
    shorter,
    coverageOfLonger: 0,
    measures: { ...measures, anchorOverlap: round(overlap), sharedAnchors: sharedTexts.length },
    shared: examples(sharedTexts),
  }
}

function examples(texts: readonly string[]): string[] {
  return [...new Set(texts)].slice(0, MAX_SHARED_EXAMPLES)
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
