import { z } from 'zod'

/** How text becomes features; stored in each artefact so inference counts exactly what training counted. */
export const FeatureConfigSchema = z.object({
  /** log2 of the hashed word n-gram dimensions. */
  wordBits: z.number().int().min(8).max(22),
  /** log2 of the hashed character n-gram dimensions; 0 for no character n-grams. */
  charBits: z.number().int().min(0).max(22),
  charOrders: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  minWordLength: z.number().int().min(1),
  maxWordOrder: z.union([z.literal(1), z.literal(2)]),
  /** Add a copy of every word n-gram and cue tagged with the document's language. */
  languageCopies: z.boolean(),
  cues: z.boolean(),
  style: z.boolean(),
  /** Scale of each block after its own unit-length normalisation. */
  blockWeights: z.object({
    words: z.number(),
    chars: z.number(),
    cues: z.number(),
    style: z.number(),
  }),
})
export type FeatureConfig = z.infer<typeof FeatureConfigSchema>

/**
 * What decides how a text is counted: the configuration without its block weights, which only scale counts into
 * vectors. Models with equal keys share one scan of an article (article-counts-cache.ts).
 */
export function countingKey(config: FeatureConfig): string {
  const { blockWeights: _weights, ...counting } = config
  return JSON.stringify(counting)
}

/** Cue features are hashed into this many dimensions (22 families × 7 copies fit with few collisions). */
export const CUE_DIMS = 1024

/** Where each block of features starts in the model's weight rows. */
export interface FeatureLayout {
  readonly wordOffset: number
  readonly charOffset: number
  readonly cueOffset: number
  readonly styleOffset: number
  readonly dims: number
}

/** The offsets of the feature blocks of a configuration. */
export function featureLayout(config: FeatureConfig, styleCount: number): FeatureLayout {
  const words = 2 ** config.wordBits
  const chars = config.charBits > 0 ? 2 ** config.charBits : 0
  const cues = config.cues ? CUE_DIMS : 0
  const style = config.style ? styleCount : 0
  return {
    wordOffset: 0,
    charOffset: words,
    cueOffset: words + chars,
    styleOffset: words + chars + cues,
    dims: words + chars + cues + style,
  }
}
