import { type TimelineParams, TimelineResponseSchema } from '@src/contracts/api.ts'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'
import { toQueryString, type UiFilter } from './filter-params.ts'

/** Documents per month: of the filtered set, or one series per frequent value of `by`. */
export function useTimelineQuery(by: TimelineParams['by'], filter: UiFilter = {}, series = 5) {
  const path = `/api/timelines${toQueryString(filter, { by, series })}`
  return useQuery({
    queryKey: ['timeline', path],
    queryFn: ({ signal }) => requestJson(path, TimelineResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}
