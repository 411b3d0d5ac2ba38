import { z } from 'zod'

/** The input formats Narrascope reads. */
export const InputFormatSchema = z.enum(['text', 'markdown', 'html', 'json', 'feed'])
export type InputFormat = z.infer<typeof InputFormatSchema>

/** Where a document came from and what its container said about it (before any analysis). */
export const SourceMetaSchema = z.object({
  /** File path, URL or `file.jsonl#line` that names the input in messages. */
  input: z.string(),
  format: InputFormatSchema,
  url: z.string().optional(),
  outlet: z.string().optional(),
  /** ISO 8601 date or date-time as given by the container (feed, JSON record, HTML meta). */
  published: z.string().optional(),
  byline: z.string().optional(),
  /** Language declared by the container (html lang, JSON lang, feed language); langid still runs. */
  declaredLang: z.string().optional(),
  siteName: z.string().optional(),
})
export type SourceMeta = z.infer<typeof SourceMetaSchema>

/** A JSON/JSONL input record. */
export const InputRecordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    lang: z.string().optional(),
    published: z.string().optional(),
    outlet: z.string().optional(),
    author: z.string().optional(),
  })
  .refine((record) => record.text !== undefined || record.html !== undefined, {
    message: 'a record needs "text" or "html"',
  })
export type InputRecord = z.infer<typeof InputRecordSchema>

/** An article after extraction: its text is final and every later offset points into it. */
export const ExtractedArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  source: SourceMetaSchema,
})
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>
