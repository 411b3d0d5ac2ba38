import { HealthResponseSchema } from '../../contracts/api.ts'
import { PIPELINE_VERSION } from '../../pipeline/create-pipeline.ts'
import { defineRoute } from '../define-route.ts'

/** GET /api/health: the server answers, and which engine it reads. */
export const healthRoute = defineRoute({
  method: 'get',
  path: '/api/health',
  operationId: 'getHealth',
  summary: 'Check that the server answers',
  tag: 'meta',
  access: 'read',
  response: HealthResponseSchema,
  responseName: 'Health',
  handle: async (_input, { services }) => ({
    ok: true as const,
    engine: services.store.engine,
    version: PIPELINE_VERSION,
  }),
})
