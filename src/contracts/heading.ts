import { z } from 'zod'

/**
 * How a document is named wherever it is listed: its title, or, for a document without one, the first sentence
 * of its text (after any credit line), which the UI shows in italics and marks as having no title.
 */
export const DocumentHeadingSchema = z.object({
  text: z.string(),
  /** True when the document has no title and `text` is its first sentence, not a title it was given. */
  derived: z.boolean(),
})
export type DocumentHeading = z.infer<typeof DocumentHeadingSchema>
