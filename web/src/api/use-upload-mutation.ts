import { IngestResponseSchema } from '@src/contracts/api.ts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { requestJson } from './api-client.ts'

/** Uploads one file (any input format `ingest` reads) to be analysed and stored; needs the write token. */
export function useUploadMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, token }: { file: File; token: string }) => {
      const form = new FormData()
      form.set('files', file)
      return requestJson('/api/upload', IngestResponseSchema, { form, token })
    },
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
