import {
  EntitiesParamsSchema,
  EntitiesResponseSchema,
  EntityParamsSchema,
  EntityQuerySchema,
  EntityResponseSchema,
} from '../../contracts/api.ts'
import { defineRoute } from '../define-route.ts'
import { monthPoints } from '../month-points.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/entities: the most frequent entities of the corpus or of a filtered part of it. */
export const listEntitiesRoute = defineRoute({
  method: 'get',
  path: '/api/entities',
  operationId: 'listEntities',
  summary: 'Top entities (canonical names, at most 20) of the documents matching a filter',
  tag: 'entities',
  access: 'read',
  query: EntitiesParamsSchema,
  response: EntitiesResponseSchema,
  responseName: 'EntityList',
  async handle({ query }, { services }) {
    const stats = await services.store.stats(toDocumentFilter(query))
    return { documents: stats.documents, entities: stats.facets.entity }
  },
})

/** GET /api/entities/{name}: the documents naming an entity, by any spelling, and their months. */
export const getEntityRoute = defineRoute({
  method: 'get',
  path: '/api/entities/{name}',
  operationId: 'getEntity',
  summary: "An entity's documents (newest first, one page) and its timeline per month",
  description:
    'The name may be the canonical name or any spelling seen in the corpus ("Tokayev", "Tokaïev", "Токаев").',
  tag: 'entities',
  access: 'read',
  params: EntityParamsSchema,
  query: EntityQuerySchema,
  response: EntityResponseSchema,
  responseName: 'EntityResponse',
  async handle({ params, query }, { services }) {
    const { limit, offset, ...rest } = query
    const filter = { ...toDocumentFilter(rest), entity: params.name }
    const [page, stats] = await Promise.all([
      services.store.search({ ...filter, limit, offset }),
      services.store.stats(filter),
    ])
    return {
      name: params.name,
      total: page.total,
      documents: page.hits.map(({ rank: _rank, snippet: _snippet, ...summary }) => summary),
      timeline: monthPoints(stats.facets.month),
    }
  },
})
