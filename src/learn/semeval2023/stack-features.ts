import { sigmoid } from '../linear-model.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { SEMEVAL_CODES } from './semeval-languages.ts'

/** What the second stage knows about a paragraph: first-stage scores, its article's, its place, its language. */
export interface StackInput {
  /** First-stage logits of the paragraph and of its best sentence, per label. */
  readonly paragraph: Float64Array
  readonly bestSentence: Float64Array
  /** Mean and maximum first-stage probability of each label over the article's paragraphs. */
  readonly articleMean: Float64Array
  readonly articleMax: Float64Array
  readonly position: number
  readonly paragraphCount: number
  readonly lang: string | null
}

// First-stage logits are divided by this so that stacked inputs share a scale with the probabilities.
const LOGIT_SCALE = 4
// A logit beyond ±LOGIT_CLIP says no more than "certain" and would dominate the stacker's gradients.
const LOGIT_CLIP = 12

/** Width of the stacked vector for `labelCount` labels: 4 blocks of labels, 3 positions, languages + other. */
export function stackWidth(labelCount: number): number {
  return 4 * labelCount + 3 + SEMEVAL_CODES.length + 1
}

/**
 * The second stage's dense input: every label's first-stage evidence (label co-occurrence), the article's
 * (context), whether the paragraph is the title, its relative position, and its language.
 */
export function stackVector(input: StackInput): SparseVector {
  const labelCount = input.paragraph.length
  const width = stackWidth(labelCount)
  const values = new Float32Array(width)
  for (let label = 0; label < labelCount; label++) {
    values[label] = clip(input.paragraph[label]!) / LOGIT_SCALE
    values[labelCount + label] = clip(input.bestSentence[label]!) / LOGIT_SCALE
    values[2 * labelCount + label] = input.articleMean[label]!
    values[3 * labelCount + label] = input.articleMax[label]!
  }
  let offset = 4 * labelCount
  values[offset++] = input.position === 0 ? 1 : 0
  values[offset++] = input.position / Math.max(1, input.paragraphCount - 1)
  values[offset++] = input.paragraphCount > 1 ? 1 : 0
  const language = input.lang ? SEMEVAL_CODES.indexOf(input.lang) : -1
  values[offset + (language === -1 ? SEMEVAL_CODES.length : language)] = 1
  return { indices: Int32Array.from({ length: width }, (_, index) => index), values }
}

/** Mean and maximum probability of each label over an article's paragraph logits. */
export function articleAggregates(paragraphLogits: readonly Float64Array[], labelCount: number) {
  const articleMean = new Float64Array(labelCount)
  const articleMax = new Float64Array(labelCount)
  for (const logits of paragraphLogits) {
    for (let label = 0; label < labelCount; label++) {
      const probability = sigmoid(logits[label]!)
      articleMean[label]! += probability / paragraphLogits.length
      articleMax[label] = Math.max(articleMax[label]!, probability)
    }
  }
  return { articleMean, articleMax }
}

function clip(logit: number): number {
  if (!Number.isFinite(logit)) return logit > 0 ? LOGIT_CLIP : -LOGIT_CLIP
  return Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logit))
}
