import { NarrativeTimelineResponseSchema } from '@src/contracts/api.ts'
import type { TimelineInterval } from '@src/contracts/narrative-timeline.ts'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'
import { toQueryString, type UiFilter } from './filter-params.ts'

/** Narratives per day or ISO week in the filtered documents (one narrative alone when the filter names it). */
export function useNarrativeTimelineQuery(filter: UiFilter, interval: TimelineInterval) {
  // The chart needs counts only; the documents behind each point are for other views.
  const path = `/api/narratives/timeline${toQueryString(filter, { interval, documentsPerPoint: 0 })}`
  return useQuery({
    queryKey: ['narrative-timeline', path],
    queryFn: ({ signal }) => requestJson(path, NarrativeTimelineResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}
