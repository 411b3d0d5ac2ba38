import { StoriesResponseSchema } from '@src/contracts/api.ts'
import { useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'
import { toQueryString, type UiFilter } from './filter-params.ts'

/** Stories among the documents matching a filter, with their members' store ids and the provenance graph. */
export function useStoriesQuery(filter: UiFilter = {}) {
  const path = `/api/stories${toQueryString(filter)}`
  return useQuery({
    queryKey: ['stories', path],
    queryFn: ({ signal }) => requestJson(path, StoriesResponseSchema, { signal }),
  })
}
