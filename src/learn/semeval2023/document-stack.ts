import type { SparseVector } from '../sparse-vector.ts'
import { SEMEVAL_CODES } from './semeval-languages.ts'

// First-stage logits are divided by this so that stacked inputs stay near [-3, 3].
const LOGIT_SCALE = 4
const LOGIT_CLIP = 12

/**
 * Width of a document stack vector: the labels' logits, then the languages plus "other", then (with
 * `withDecision`) the labels the decision rule assigned.
 */
export function documentStackWidth(labelCount: number, withDecision = false): number {
  return labelCount + SEMEVAL_CODES.length + 1 + (withDecision ? labelCount : 0)
}

/**
 * The second stage's input for a document: every label's first-stage logit (label co-occurrence) and its
 * language (per-language base rates). When the rule decides on first-stage scores (genre), the labels it
 * assigned (0/1 per label) follow, so that the confidence of an assigned label is calibrated given that it was
 * assigned: the rule's offsets overrule the most probable genre on purpose, and those picks are right more
 * often than the logits alone say.
 */
export function documentStackVector(
  logits: Float64Array,
  lang: string | null,
  decision: ArrayLike<number> | null = null,
): SparseVector {
  const labelCount = logits.length
  const width = documentStackWidth(labelCount, decision !== null)
  const values = new Float32Array(width)
  for (let label = 0; label < labelCount; label++)
    values[label] = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[label]!)) / LOGIT_SCALE
  const language = lang ? SEMEVAL_CODES.indexOf(lang) : -1
  values[labelCount + (language === -1 ? SEMEVAL_CODES.length : language)] = 1
  if (decision)
    for (let label = 0; label < labelCount; label++)
      values[labelCount + SEMEVAL_CODES.length + 1 + label] = decision[label]!
  return { indices: Int32Array.from({ length: width }, (_, index) => index), values }
}
