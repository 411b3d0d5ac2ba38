import { DocumentResponseSchema } from '@src/contracts/api.ts'
import { useQuery } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'

/** One stored document with its analysis, by store id. */
export function useDocumentQuery(storeId: number) {
  const path = `/api/documents/${storeId}`
  return useQuery({
    queryKey: ['document', storeId],
    queryFn: ({ signal }) => requestJson(path, DocumentResponseSchema, { signal }),
  })
}
