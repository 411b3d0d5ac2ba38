import { SearchResponseSchema } from '@src/contracts/api.ts'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'
import { toQueryString, type UiFilter } from './filter-params.ts'

/** Ranked hits, snippets and facets for a filter; the previous page stays shown while the next one loads. */
export function useSearchQuery(filter: UiFilter, page: { limit: number; offset: number }) {
  const path = `/api/search${toQueryString(filter, page)}`
  return useQuery({
    queryKey: ['search', path],
    queryFn: ({ signal }) => requestJson(path, SearchResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}
