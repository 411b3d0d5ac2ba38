import type { CompiledModel } from './load-model.ts'

/** Summed quantised penalties per language of one script group, and how many n-grams the model knew. */
export interface GroupEvidence {
  readonly penalties: Float64Array
  matched: number
}

/**
 * Turns one group's evidence into calibrated probabilities over its languages (a tempered softmax).
 */
export function groupPosterior(evidence: GroupEvidence, model: CompiledModel): Float64Array {
  const { penalties } = evidence
  const factor =
    model.scale / model.quantization / Math.max(1, evidence.matched) ** model.lengthExponent
  let smallest = Number.POSITIVE_INFINITY
  for (const penalty of penalties) smallest = Math.min(smallest, penalty)
  const probabilities = new Float64Array(penalties.length)
  let total = 0
  for (let language = 0; language < penalties.length; language++) {
    const weight = Math.exp(-factor * ((penalties[language] ?? 0) - smallest))
    probabilities[language] = weight
    total += weight
  }
  for (let language = 0; language < probabilities.length; language++) {
    probabilities[language] = (probabilities[language] ?? 0) / total
  }
  return probabilities
}
