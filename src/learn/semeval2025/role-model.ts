import { type LinearModel, scoreLinear, toProbabilities } from '../linear-model.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { countRoleFeatures, type RoleFeatureOptions } from './role-features.ts'
import type { MainRole } from './role-taxonomy.ts'

/** One class of the role model: a set of fine roles, which share one main role. */
export interface RoleClass {
  readonly main: MainRole
  readonly fine: readonly string[]
}

/** A softmax classifier from a mention's context to the set of fine roles it plays. */
export interface RoleModel {
  readonly classes: readonly RoleClass[]
  readonly features: RoleFeatureOptions
  readonly classifier: LinearModel
  /** Lower-case codes of the languages it was trained on. */
  readonly languages: readonly string[]
}

/** A mention's most probable role class, with its probability. */
export interface RoleGuess {
  readonly role: RoleClass
  readonly probability: number
  /** Probability of every class, in the model's order. */
  readonly probabilities: Float64Array
}

/** The features of a mention, scaled to unit length. */
export function roleVector(
  model: Pick<RoleModel, 'features'>,
  text: string,
  mention: { start: number; end: number },
  sentence: { start: number; end: number },
  lang: string | null,
): SparseVector {
  return unitLength(countRoleFeatures(text, mention, sentence, lang, model.features))
}

/** Scores a mention's vector and returns the best role class. */
export function guessRole(model: RoleModel, vector: SparseVector): RoleGuess {
  const probabilities = toProbabilities(scoreLinear(model.classifier, vector), 'softmax')
  let best = 0
  for (let index = 1; index < probabilities.length; index++)
    if (probabilities[index]! > probabilities[best]!) best = index
  return { role: model.classes[best]!, probability: probabilities[best]!, probabilities }
}

/** The vector divided by its Euclidean length (a new vector). */
export function unitLength(vector: SparseVector): SparseVector {
  let squares = 0
  for (const value of vector.values) squares += value * value
  const norm = Math.sqrt(squares)
  if (norm === 0) return vector
  return { indices: vector.indices, values: vector.values.map((value) => value / norm) }
}
