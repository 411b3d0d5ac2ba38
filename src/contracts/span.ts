import { z } from 'zod'

/** Half-open [start, end) offsets into a document's text, in UTF-16 code units, with the covered text. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type Span = z.infer<typeof SpanSchema>
