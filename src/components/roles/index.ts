import { z } from 'zod'
import { loadRoleModel, ROLE_MODEL_PATH } from '../../learn/semeval2025/role-model-file.ts'
import { defineComponent } from '../../pipeline/define-component.ts'
import { assignRoles, DEFAULT_ASSIGN_ROLES_OPTIONS } from './assign-roles.ts'

/** The role each central entity plays in the document's story, with the SemEval-2025 fine roles and evidence. */
export const roles = defineComponent({
  name: 'roles',
  description:
    'Tells, for the central persons, organisations and places, whether the story casts them as protagonist, antagonist or innocent, with fine roles.',
  requires: ['entities', 'sentences', 'language'],
  assigns: 'roles',
  config: z.object({
    modelPath: z.string().default(ROLE_MODEL_PATH),
    maxEntities: z.number().int().positive().default(DEFAULT_ASSIGN_ROLES_OPTIONS.maxEntities),
    minConfidence: z.number().min(0).max(1).default(DEFAULT_ASSIGN_ROLES_OPTIONS.minConfidence),
  }),
  create: (config) => {
    const model = loadRoleModel(config.modelPath)
    const options = {
      ...DEFAULT_ASSIGN_ROLES_OPTIONS,
      maxEntities: config.maxEntities,
      minConfidence: config.minConfidence,
    }
    return (doc) => assignRoles(doc, model, options)
  },
})
