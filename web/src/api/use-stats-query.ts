import { StatsResponseSchema } from '@src/contracts/api.ts'
import { useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'
import { toQueryString, type UiFilter } from './filter-params.ts'

/** Counts and facets of the documents matching a filter (the whole corpus by default). */
export function useStatsQuery(filter: UiFilter = {}) {
  const path = `/api/stats${toQueryString(filter)}`
  return useQuery({
    queryKey: ['stats', path],
    queryFn: ({ signal }) => requestJson(path, StatsResponseSchema, { signal }),
  })
}
