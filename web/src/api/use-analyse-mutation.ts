import { type AnalyseRequest, AnalyseResponseSchema } from '@src/contracts/api.ts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'

/** Analyses one article (text, HTML or URL); storing it needs the write token and refreshes cached answers. */
export function useAnalyseMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ request, token }: { request: AnalyseRequest; token: string }) =>
      requestJson('/api/analyse', AnalyseResponseSchema, { json: request, token }),
    onSuccess: (response) => {
      if (response.storeId !== null) void queryClient.invalidateQueries()
    },
  })
}
