import { z } from 'zod'

/** Scripts whose languages the n-gram model separates (every other script is decided by rule). */
export const MODEL_SCRIPTS = ['latin', 'cyrillic'] as const

/** A script whose languages the n-gram model separates. */
export type ModelScript = (typeof MODEL_SCRIPTS)[number]

/** Largest quantised penalty a row may hold; penalties are stored as bytes. */
export const MAX_PENALTY = 255

/** Joins the grams of a group in the artefact; never a letter, mark or space, so never part of a gram. */
export const GRAM_SEPARATOR = '|'

/** Zod schema of `models/langid.json`, the artefact written by `scripts/trainers/langid.ts`. */
export const langidModelSchema = z.object({
  format: z.literal('narrascope-langid'),
  version: z.literal(1),
  /** Longest n-gram; packed gram keys hold at most four one-byte symbols. */
  maxOrder: z.literal(4),
  /** Quantisation steps per nat: a stored penalty p means log P(gram | lang) = rowMax - p / quantization. */
  quantization: z.number().positive(),
  /** Softmax logits are scale * logLikelihood / max(1, matchedGrams) ** lengthExponent. */
  calibration: z.object({
    scale: z.number().positive(),
    lengthExponent: z.number().min(0).max(1),
  }),
  groups: z.record(
    z.enum(MODEL_SCRIPTS),
    z.object({
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
      /** The vocabulary, sorted, joined by GRAM_SEPARATOR. */
      grams: z.string().min(1),
      /** Base64 of one byte per (gram, language), row-major in the order of `grams` and `languages`. */
      penalties: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
  ),
})

/** The parsed JSON artefact of the language identifier. */
export type LangidModel = z.infer<typeof langidModelSchema>
