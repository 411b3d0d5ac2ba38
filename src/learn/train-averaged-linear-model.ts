import type { LinearModel } from './linear-model.ts'
import { type TrainingOptions, type TrainingSet, trainLinearModel } from './train-linear-model.ts'

/**
 * Fits the same model `runs` times, with seeds `options.seed`, `options.seed + 1`, …, and averages the weights
 * and biases. SGD's last iterate depends on the example order; the average of several orders does much less,
 * and it is still one linear model, so scoring costs the same.
 */
export function trainAveragedLinearModel(
  data: TrainingSet,
  options: TrainingOptions,
  runs: number,
): LinearModel {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`runs must be a positive integer, not ${runs}`)
  if (runs === 1) return trainLinearModel(data, options)
  const weights = new Float64Array(data.dims * data.labelCount)
  const bias = new Float64Array(data.labelCount)
  for (let run = 0; run < runs; run++) {
    const model = trainLinearModel(data, { ...options, seed: options.seed + run })
    for (let cell = 0; cell < weights.length; cell++) weights[cell]! += model.weights[cell]!
    for (let label = 0; label < bias.length; label++) bias[label]! += model.bias[label]!
  }
  return {
    dims: data.dims,
    labelCount: data.labelCount,
    weights: Float32Array.from(weights, (sum) => sum / runs),
    bias: Float32Array.from(bias, (sum) => sum / runs),
    loss: options.loss,
  }
}
