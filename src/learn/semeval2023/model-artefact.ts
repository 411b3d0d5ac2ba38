import { z } from 'zod'
import { PackedMatrixSchema } from '../pack-weights.ts'
import { FeatureConfigSchema } from './feature-config.ts'

/** A small dense linear layer (the second stage): row-major `inputs × labels` weights and a bias per label. */
export const DenseLayerSchema = z.object({
  inputs: z.number().int().positive(),
  weights: z.array(z.number()),
  bias: z.array(z.number()),
  loss: z.enum(['sigmoid', 'softmax']),
})

/**
 * Zod schema of `models/{techniques,frames,genre}.json`, written by `narrascope train` and the trainer scripts:
 * hashed n-gram features with quantised idf, a first-stage linear model (quantised, deflated), a second stage
 * over all labels' scores (calibrated probabilities), and the tuned decision rule.
 */
export const SemevalModelSchema = z.object({
  format: z.literal('narrascope-semeval2023'),
  version: z.literal(1),
  task: z.enum(['genre', 'frames', 'techniques']),
  labels: z.array(z.string()).min(1),
  features: FeatureConfigSchema,
  idf: z.object({
    /** idf = minimum + byte × step. */
    minimum: z.number(),
    step: z.number().positive(),
    words: z.string(),
    chars: z.string().nullable(),
  }),
  classifier: z.object({
    weights: PackedMatrixSchema,
    bias: z.array(z.number()),
    loss: z.enum(['sigmoid', 'softmax']),
  }),
  stack: DenseLayerSchema,
  rule: z.object({
    kind: z.enum(['thresholds', 'offsets']),
    values: z.array(z.number()),
    /** Whether the rule reads the second stage's probabilities or the first stage's (see decideOn). */
    input: z.enum(['second-stage', 'first-stage']),
  }),
  /** Where the model came from: data, seed and folds, for the model card and reproducibility. */
  provenance: z.object({
    data: z.string(),
    seed: z.number().int(),
    folds: z.number().int(),
    examples: z.number().int(),
  }),
})
export type SemevalModel = z.infer<typeof SemevalModelSchema>
