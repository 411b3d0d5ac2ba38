import { lowerBound } from '../../doc/span.ts'
import type { LinearModel } from '../linear-model.ts'
import { applyPlatt, type PlattScaling } from '../platt-scaling.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { applyIdf, type Idf } from '../tfidf.ts'
import { scoreWithKernel } from '../wasm/wasm-linear-scorer.ts'
import {
  countNarrativeFeatures,
  type FeatureOccurrences,
  languageFeature,
  type NarrativeFeatureOptions,
} from './narrative-features.ts'
import { OTHER } from './narrative-labels.ts'

/** A multi-label narrative classifier: hashed tf-idf features, one-vs-rest logistic regression, Platt per label. */
export interface NarrativeModel {
  /** Official labels: narratives, sub-narratives (with each narrative's "…: Other") and "Other". */
  readonly labels: readonly string[]
  readonly features: NarrativeFeatureOptions
  readonly idf: Idf
  readonly classifier: LinearModel
  /** Maps each label's raw score to a probability fitted on out-of-fold scores. */
  readonly calibration: readonly PlattScaling[]
  /** "Other"'s calibration for documents of a language (lower-case code), where one was fitted for it. */
  readonly otherCalibrationByLanguage: Readonly<Record<string, PlattScaling>>
  /** Lower-case codes of the languages it was trained on (each has a bias feature). */
  readonly languages: readonly string[]
}

/** The tf-idf vector of a text, with the language marker when the model knows the language. */
export function narrativeVector(
  model: Pick<NarrativeModel, 'features' | 'idf' | 'languages'>,
  text: string,
  lang: string | null,
): SparseVector {
  return withLanguage(
    applyIdf(countNarrativeFeatures(text, model.features), model.idf),
    lang,
    model,
  )
}

/** A text's vector together with what each occurrence of a word feature adds to it (for evidence). */
export interface AttributedVector {
  readonly vector: SparseVector
  readonly occurrences: FeatureOccurrences
  /** The vector's value of each feature divided by its count: one occurrence's share. */
  readonly sharePerOccurrence: ReadonlyMap<number, number>
}

/** The vector of a text, with each word feature's occurrences and their share of the vector. */
export function attributedVector(
  model: Pick<NarrativeModel, 'features' | 'idf' | 'languages'>,
  text: string,
  lang: string | null,
): AttributedVector {
  const occurrences: FeatureOccurrences = { indices: [], offsets: [] }
  const counts = countNarrativeFeatures(text, model.features, occurrences)
  const weighted = applyIdf(counts, model.idf)
  const sharePerOccurrence = new Map<number, number>()
  for (let position = 0; position < counts.indices.length; position++)
    sharePerOccurrence.set(
      counts.indices[position]!,
      weighted.values[position]! / counts.values[position]!,
    )
  return { vector: withLanguage(weighted, lang, model), occurrences, sharePerOccurrence }
}

/** Adds the language marker (value 1) to a tf-idf vector, keeping indices sorted. */
export function withLanguage(
  vector: SparseVector,
  lang: string | null,
  model: Pick<NarrativeModel, 'features' | 'languages'>,
): SparseVector {
  const code = lang?.toLowerCase()
  if (!code || !model.languages.includes(code)) return vector
  const marker = languageFeature(code, model.features.dims)
  const at = lowerBound(vector.indices, marker)
  const hasMarker = vector.indices[at] === marker
  const length = vector.indices.length + (hasMarker ? 0 : 1)
  const indices = new Int32Array(length)
  const values = new Float32Array(length)
  indices.set(vector.indices.subarray(0, at))
  values.set(vector.values.subarray(0, at))
  indices[at] = marker
  values[at] = (hasMarker ? vector.values[at]! : 0) + 1
  const rest = hasMarker ? at + 1 : at
  indices.set(vector.indices.subarray(rest), at + 1)
  values.set(vector.values.subarray(rest), at + 1)
  return { indices, values }
}

/** Calibrated probabilities of every label for the vector of a document in `lang`. */
export function narrativeProbabilities(
  model: NarrativeModel,
  vector: SparseVector,
  lang: string | null,
): Float64Array {
  const scores = scoreWithKernel(model.classifier, vector)
  const calibration = [...model.calibration]
  const other = lang ? model.otherCalibrationByLanguage[lang.toLowerCase()] : undefined
  if (other) calibration[model.labels.indexOf(OTHER)] = other
  for (let label = 0; label < scores.length; label++)
    scores[label] = applyPlatt(calibration[label]!, scores[label]!)
  return scores
}
