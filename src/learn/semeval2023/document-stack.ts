import type { SparseVector } from '../sparse-vector.ts'
import { SEMEVAL_CODES } from './semeval-languages.ts'

// First-stage logits are divided by this so that stacked inputs stay near [-3, 3].
const LOGIT_SCALE = 4
const LOGIT_CLIP = 12

/** Width of a document stack vector: the labels' logits, then the languages plus "other". */
export function documentStackWidth(labelCount: number): number {
  return labelCount + SEMEVAL_CODES.length + 1
}

/**
 * The second stage's input for a document: every label's first-stage logit (label co-occurrence) and its
 * language (per-language base rates).
 */
export function documentStackVector(logits: Float64Array, lang: string | null): SparseVector {
  const labelCount = logits.length
  const width = documentStackWidth(labelCount)
  const values = new Float32Array(width)
  for (let label = 0; label < labelCount; label++)
    values[label] = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[label]!)) / LOGIT_SCALE
  const language = lang ? SEMEVAL_CODES.indexOf(lang) : -1
  values[labelCount + (language === -1 ? SEMEVAL_CODES.length : language)] = 1
  return { indices: Int32Array.from({ length: width }, (_, index) => index), values }
}
