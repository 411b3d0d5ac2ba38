import type { SparseVector } from '../sparse-vector.ts'
import { fitIdf, type Idf } from '../tfidf.ts'
import type { FeatureConfig, FeatureLayout } from './feature-config.ts'
import type { UnitCounts } from './scan-article.ts'

/** IDF of the word and character blocks, fitted on training units. */
export interface BlockIdf {
  readonly words: Idf
  readonly chars: Idf | null
}

/** Fits the IDF of each hashed block on the given units. */
export function fitBlockIdf(units: readonly UnitCounts[], config: FeatureConfig): BlockIdf {
  return {
    words: fitIdf(
      units.map((unit) => unit.words),
      2 ** config.wordBits,
    ),
    chars:
      config.charBits > 0
        ? fitIdf(
            units.map((unit) => unit.chars),
            2 ** config.charBits,
          )
        : null,
  }
}

/**
 * The model's input for one unit: word and character blocks weighted by tf-idf (sublinear tf), cues by sublinear
 * counts, each block scaled to unit length and then by its block weight; style values times their weight.
 */
export function unitVector(
  counts: UnitCounts,
  idf: BlockIdf,
  config: FeatureConfig,
  layout: FeatureLayout,
): SparseVector {
  const { blockWeights } = config
  const styleCount = config.style ? counts.style.length : 0
  const size =
    counts.words.indices.length +
    (idf.chars ? counts.chars.indices.length : 0) +
    (config.cues ? counts.cues.indices.length : 0) +
    styleCount
  const indices = new Int32Array(size)
  const values = new Float32Array(size)
  let position = 0
  const put = (
    vector: SparseVector,
    offset: number,
    weight: number,
    idfWeights: Float32Array | null,
  ) => {
    let squares = 0
    const first = position
    for (let entry = 0; entry < vector.indices.length; entry++) {
      const index = vector.indices[entry]!
      const value = (1 + Math.log(vector.values[entry]!)) * (idfWeights ? idfWeights[index]! : 1)
      indices[position] = index + offset
      values[position++] = value
      squares += value * value
    }
    const scale = squares > 0 ? weight / Math.sqrt(squares) : 0
    for (let entry = first; entry < position; entry++) values[entry]! *= scale
  }
  put(counts.words, layout.wordOffset, blockWeights.words, idf.words.weights)
  if (idf.chars) put(counts.chars, layout.charOffset, blockWeights.chars, idf.chars.weights)
  if (config.cues) put(counts.cues, layout.cueOffset, blockWeights.cues, null)
  for (let index = 0; index < styleCount; index++) {
    indices[position] = layout.styleOffset + index
    values[position++] = counts.style[index]! * blockWeights.style
  }
  return { indices, values }
}
