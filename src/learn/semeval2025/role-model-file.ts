import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { PackedMatrixSchema, packMatrix } from '../pack-weights.ts'
import type { RoleModel } from './role-model.ts'
import { MAIN_ROLES } from './role-taxonomy.ts'
import { unpackWeights } from './unpack-weights.ts'

/** Where `npm run train` writes the shipped role model. */
export const ROLE_MODEL_PATH = fileURLToPath(
  new URL('../../../models/semeval2025-roles.json', import.meta.url),
)

// As for the narrative model: weights under 2 % of their class's largest are zeroed before packing.
const PRUNE_BELOW = 0.02

/** The role model as stored in models/. */
export const RoleModelFileSchema = z.object({
  format: z.literal('narrascope-semeval2025-roles/1'),
  classes: z.array(z.object({ main: z.enum(MAIN_ROLES), fine: z.array(z.string()).min(1) })).min(1),
  features: z.object({
    dims: z.number().int().positive(),
    window: z.number().int().positive(),
    stemLength: z.number().int().positive(),
  }),
  languages: z.array(z.string()),
  weights: PackedMatrixSchema,
  bias: z.array(z.number()),
})
export type RoleModelFile = z.infer<typeof RoleModelFileSchema>

/** Packs a trained role model for models/. */
export function packRoleModel(model: RoleModel): RoleModelFile {
  return {
    format: 'narrascope-semeval2025-roles/1',
    classes: model.classes.map((role) => ({ main: role.main, fine: [...role.fine] })),
    features: { ...model.features },
    languages: [...model.languages],
    weights: packMatrix(
      model.classifier.weights,
      model.features.dims,
      model.classes.length,
      PRUNE_BELOW,
    ),
    bias: [...model.classifier.bias].map((value) => Number(value.toPrecision(6))),
  }
}

/** Restores a role model from its file contents, validating them. */
export function unpackRoleModel(contents: unknown): RoleModel {
  const file = RoleModelFileSchema.parse(contents)
  return {
    classes: file.classes,
    features: file.features,
    languages: file.languages,
    classifier: {
      dims: file.features.dims,
      labelCount: file.classes.length,
      weights: unpackWeights(file.weights),
      bias: Float32Array.from(file.bias),
      loss: 'softmax',
    },
  }
}

/** Reads the shipped role model (or the one at `path`). */
export function loadRoleModel(path: string = ROLE_MODEL_PATH): RoleModel {
  return unpackRoleModel(JSON.parse(readFileSync(path, 'utf8')))
}
