import { NarrativesResponseSchema } from '@src/contracts/api.ts'
import { useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'

/** The narrative catalogue with document counts, to show labels and definitions instead of ids. */
export function useNarrativesQuery() {
  return useQuery({
    queryKey: ['narratives'],
    queryFn: ({ signal }) => requestJson('/api/narratives', NarrativesResponseSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  })
}
