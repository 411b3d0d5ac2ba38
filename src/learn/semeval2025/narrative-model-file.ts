import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { PackedMatrixSchema, packMatrix, packUnsigned, unpackUnsigned } from '../pack-weights.ts'
import type { PlattScaling } from '../platt-scaling.ts'
import { languageFeature } from './narrative-features.ts'
import type { NarrativeModel } from './narrative-model.ts'
import { unpackWeights } from './unpack-weights.ts'

/** Where `npm run train` writes the shipped narrative model. */
export const NARRATIVE_MODEL_PATH = fileURLToPath(
  new URL('../../../models/semeval2025-narratives.json', import.meta.url),
)

// Idf lies in [1, ln(n + 1) + 1]; steps of 1/32 keep every value within 0.016 of the fitted one.
const IDF_MINIMUM = 1
const IDF_STEP = 1 / 32
// Weights smaller than 2 % of their label's largest change almost no decision, and zeroed they compress well.
const PRUNE_BELOW = 0.02

const PlattSchema = z.object({ slope: z.number(), intercept: z.number() })

/** The narrative model as stored in models/: quantised weights and idf, deflated, in base64. */
export const NarrativeModelFileSchema = z.object({
  format: z.literal('narrascope-semeval2025-narratives/1'),
  labels: z.array(z.string()).min(1),
  features: z.object({
    dims: z.number().int().positive(),
    stemLength: z.number().int().positive(),
    charOrders: z.tuple([z.number().int(), z.number().int()]).nullable(),
  }),
  languages: z.array(z.string()),
  idf: z.string(),
  weights: PackedMatrixSchema,
  /** Rows of the language markers, kept exact: their weights dwarf the others and would coarsen the quantisation. */
  languageRows: z.record(z.string(), z.array(z.number())),
  bias: z.array(z.number()),
  calibration: z.array(PlattSchema),
  /** "Other"'s calibration per language, where one was fitted (absent in files before it was). */
  otherCalibrationByLanguage: z.record(z.string(), PlattSchema).default({}),
})
export type NarrativeModelFile = z.infer<typeof NarrativeModelFileSchema>

/** Packs a trained model for models/ (the same bytes for the same model). */
export function packNarrativeModel(model: NarrativeModel): NarrativeModelFile {
  const { dims } = model.features
  const labelCount = model.labels.length
  const weights = Float32Array.from(model.classifier.weights)
  const languageRows: Record<string, number[]> = {}
  for (const lang of model.languages) {
    const row = languageFeature(lang, dims) * labelCount
    languageRows[lang] = [...weights.subarray(row, row + labelCount)].map((value) =>
      Number(value.toPrecision(6)),
    )
    weights.fill(0, row, row + labelCount)
  }
  return {
    format: 'narrascope-semeval2025-narratives/1',
    labels: [...model.labels],
    features: {
      dims,
      stemLength: model.features.stemLength,
      charOrders: model.features.charOrders ? [...model.features.charOrders] : null,
    },
    languages: [...model.languages],
    idf: packUnsigned(model.idf.weights, IDF_MINIMUM, IDF_STEP),
    weights: packMatrix(weights, dims, labelCount, PRUNE_BELOW),
    languageRows,
    bias: [...model.classifier.bias].map((value) => Number(value.toPrecision(6))),
    calibration: model.calibration.map(roundScaling),
    otherCalibrationByLanguage: Object.fromEntries(
      Object.entries(model.otherCalibrationByLanguage).map(([lang, scaling]) => [
        lang,
        roundScaling(scaling),
      ]),
    ),
  }
}

function roundScaling(scaling: PlattScaling): PlattScaling {
  return {
    slope: Number(scaling.slope.toPrecision(6)),
    intercept: Number(scaling.intercept.toPrecision(6)),
  }
}

/** Restores a model from its file contents, validating them. */
export function unpackNarrativeModel(contents: unknown): NarrativeModel {
  const file = NarrativeModelFileSchema.parse(contents)
  const { dims } = file.features
  const weights = unpackWeights(file.weights)
  for (const [lang, row] of Object.entries(file.languageRows))
    weights.set(row, languageFeature(lang, dims) * file.labels.length)
  return {
    labels: file.labels,
    features: {
      dims,
      stemLength: file.features.stemLength,
      charOrders: file.features.charOrders,
    },
    languages: file.languages,
    idf: { weights: unpackUnsigned(file.idf, IDF_MINIMUM, IDF_STEP), sublinear: true },
    classifier: {
      dims,
      labelCount: file.labels.length,
      weights,
      bias: Float32Array.from(file.bias),
      loss: 'sigmoid',
    },
    calibration: file.calibration,
    otherCalibrationByLanguage: file.otherCalibrationByLanguage,
  }
}

/** Reads the shipped narrative model (or the one at `path`). */
export function loadNarrativeModel(path: string = NARRATIVE_MODEL_PATH): NarrativeModel {
  return unpackNarrativeModel(JSON.parse(readFileSync(path, 'utf8')))
}
