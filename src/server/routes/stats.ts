import { StatsParamsSchema, StatsResponseSchema } from '../../contracts/api.ts'
import { defineRoute } from '../define-route.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/stats: counts, facets, pipeline versions and disk use of the corpus or a filtered part of it. */
export const statsRoute = defineRoute({
  method: 'get',
  path: '/api/stats',
  operationId: 'getStats',
  summary: 'Summarise the corpus or the documents matching a filter',
  tag: 'stats',
  access: 'read',
  query: StatsParamsSchema,
  response: StatsResponseSchema,
  responseName: 'CorpusStats',
  handle: async ({ query }, { services }) => services.store.stats(toDocumentFilter(query)),
})
