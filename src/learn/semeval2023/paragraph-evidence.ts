// Paragraphs whose own first-stage score (without the bias) is at least this lean towards the label; three at most.
const MIN_EVIDENCE_LOGIT = 0
const MAX_EVIDENCE = 3

/**
 * The paragraphs (indexes, in text order) that weigh most towards a label, given each paragraph's score for it:
 * the best always, then up to two more that lean towards the label, by score.
 */
export function paragraphEvidence(scores: Float64Array): number[] {
  const ranked = Array.from(scores, (score, index) => ({ index, score })).sort(
    (a, b) => b.score - a.score || a.index - b.index,
  )
  return ranked
    .filter((entry, rank) => rank === 0 || entry.score >= MIN_EVIDENCE_LOGIT)
    .slice(0, MAX_EVIDENCE)
    .map((entry) => entry.index)
    .sort((a, b) => a - b)
}
