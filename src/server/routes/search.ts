import { SearchParamsSchema, SearchResponseSchema } from '../../contracts/api.ts'
import { defineRoute } from '../define-route.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/search: ranked full-text search with snippets and facet counts over the whole match. */
export const searchRoute = defineRoute({
  method: 'get',
  path: '/api/search',
  operationId: 'search',
  summary: 'Search the corpus: ranked hits with highlighted snippets, and facets',
  description:
    'q uses web-search syntax: words (all must match), "a phrase", -excluded, or. Each document is matched in its own language (stemming, accents folded). Facets count every match, not only the page.',
  tag: 'search',
  access: 'read',
  query: SearchParamsSchema,
  response: SearchResponseSchema,
  responseName: 'SearchResult',
  async handle({ query }, { services }) {
    const { limit, offset, ...filter } = query
    return services.store.search({ ...toDocumentFilter(filter), limit, offset })
  },
})
