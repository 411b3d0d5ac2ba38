import { QueryClient } from '@tanstack/react-query'
import { ApiRequestError } from './api-request-error.ts'

// Answers of a read-only corpus change only when someone ingests: half a minute of freshness saves requests
// when the analyst goes back and forth between results and articles.
const STALE_MS = 30_000

/** The one query cache of the page; client errors (4xx) are not retried, the server said no. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_MS,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          failures < 2 &&
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500),
      },
    },
  })
}
