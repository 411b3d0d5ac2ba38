import type { LinearModel } from '../linear-model.ts'
import { packMatrix, packUnsigned, unpackMatrix, unpackUnsigned } from '../pack-weights.ts'
import { idfFromWeights } from '../tfidf.ts'
import { IDF_MINIMUM, IDF_STEP } from './pack-model.ts'
import type { BlockIdf } from './unit-vector.ts'

/**
 * A first-stage model as it behaves once packed: weights quantised and pruned, idf quantised. Training and
 * cross-validation score with this form, so the figures reported are those of the artefact that ships.
 */
export function shippedForm(
  model: { idf: BlockIdf; classifier: LinearModel },
  pruneBelow: number,
): { idf: BlockIdf; classifier: LinearModel } {
  const { classifier } = model
  const packed = packMatrix(classifier.weights, classifier.dims, classifier.labelCount, pruneBelow)
  const roundTrip = (weights: Float32Array) =>
    idfFromWeights(
      unpackUnsigned(packUnsigned(weights, IDF_MINIMUM, IDF_STEP), IDF_MINIMUM, IDF_STEP),
    )
  return {
    idf: {
      words: roundTrip(model.idf.words.weights),
      chars: model.idf.chars ? roundTrip(model.idf.chars.weights) : null,
    },
    classifier: { ...classifier, weights: unpackMatrix(packed) },
  }
}
