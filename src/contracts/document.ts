import { z } from 'zod'
import { AnnotationsSchema, DocIssueSchema } from './annotations.ts'
import { SourceMetaSchema } from './source.ts'

/** The JSON contract of one analysed document, as printed by `analyze --format json` (one per line). */
export const AnalyzedDocumentSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  /** BCP 47 tag from the language identifier, or null when the text has no letters. */
  lang: z.string().nullable(),
  langConfidence: z.number().min(0).max(1),
  text: z.string(),
  source: SourceMetaSchema,
  ...AnnotationsSchema.partial().shape,
  issues: z.array(DocIssueSchema),
  pipeline: z.object({ version: z.string(), components: z.array(z.string()) }),
})
export type AnalyzedDocument = z.infer<typeof AnalyzedDocumentSchema>
