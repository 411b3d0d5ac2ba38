import { DocumentStoryResponseSchema } from '@src/contracts/api.ts'
import { useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'

/** The story a stored document belongs to (its other versions), members' store ids and its provenance graph. */
export function useDocumentStoryQuery(storeId: number) {
  const path = `/api/documents/${storeId}/story`
  return useQuery({
    queryKey: ['document-story', storeId],
    queryFn: ({ signal }) => requestJson(path, DocumentStoryResponseSchema, { signal }),
  })
}
