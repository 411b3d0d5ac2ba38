import type { LinearModel } from '../linear-model.ts'
import { packMatrix, packUnsigned } from '../pack-weights.ts'
import type { FittedRule } from './cross-fit-decisions.ts'
import type { FeatureConfig } from './feature-config.ts'
import type { SemevalModel } from './model-artefact.ts'
import type { SemevalTask } from './task-examples.ts'
import type { BlockIdf } from './unit-vector.ts'

// IDF is at least 1 (smoothed) and below 1 + ln(n + 1); steps of 0.05 fit every corpus under 300 000 units in
// a byte, and move a tf-idf weight by under 1 %.
/** Lowest idf a packed artefact stores. */
export const IDF_MINIMUM = 1
/** Step between stored idf values. */
export const IDF_STEP = 0.05
// Second-stage weights are few (a few thousand): six significant digits keep the JSON short and exact enough.
const DENSE_DIGITS = 6

/** Everything a trained model is made of, before packing. */
export interface TrainedModel {
  readonly task: SemevalTask
  readonly labels: readonly string[]
  readonly features: FeatureConfig
  readonly idf: BlockIdf
  readonly classifier: LinearModel
  readonly stack: LinearModel
  readonly rule: FittedRule
  readonly decideOn: 'second-stage' | 'first-stage'
  readonly provenance: SemevalModel['provenance']
}

/** Packs a trained model into its JSON artefact (quantised, pruned below `pruneBelow` of each label's max). */
export function packModel(model: TrainedModel, pruneBelow: number): SemevalModel {
  const round = (value: number) => Number(value.toPrecision(DENSE_DIGITS))
  return {
    format: 'narrascope-semeval2023',
    version: 1,
    task: model.task,
    labels: [...model.labels],
    features: model.features,
    idf: {
      minimum: IDF_MINIMUM,
      step: IDF_STEP,
      words: packUnsigned(model.idf.words.weights, IDF_MINIMUM, IDF_STEP),
      chars: model.idf.chars ? packUnsigned(model.idf.chars.weights, IDF_MINIMUM, IDF_STEP) : null,
    },
    classifier: {
      weights: packMatrix(
        model.classifier.weights,
        model.classifier.dims,
        model.classifier.labelCount,
        pruneBelow,
      ),
      bias: Array.from(model.classifier.bias, round),
      loss: model.classifier.loss,
    },
    stack: {
      inputs: model.stack.dims,
      weights: Array.from(model.stack.weights, round),
      bias: Array.from(model.stack.bias, round),
      loss: model.stack.loss,
    },
    rule: {
      kind: model.rule.kind,
      values: Array.from(model.rule.values, round),
      input: model.decideOn,
    },
    provenance: model.provenance,
  }
}
