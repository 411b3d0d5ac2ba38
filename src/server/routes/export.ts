import { stream } from 'hono/streaming'
import { z } from 'zod'
import { ExportParamsSchema } from '../../contracts/api.ts'
import { EXPORT_EXTENSIONS, EXPORT_MEDIA_TYPES, writeExport } from '../../export/write-export.ts'
import { defineRoute } from '../define-route.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/export: the documents matching a filter in an export format, streamed. */
export const exportRoute = defineRoute({
  method: 'get',
  path: '/api/export',
  operationId: 'exportDocuments',
  summary:
    'Export the documents matching a filter: JSONL, CSV, STIX 2.1, ClaimReview or NewsArticle JSON-LD',
  description:
    'Streamed as it is read, at most `limit` documents (the CLI exports whole corpora). ClaimReview drafts carry no verdict: reviewRating, author and datePublished are left for the fact-checker.',
  tag: 'export',
  access: 'read',
  query: ExportParamsSchema,
  // The answer is a file, not a JSON object; its media type depends on the format.
  response: z.unknown(),
  responseName: 'ExportFile',
  rawContentTypes: [...new Set(Object.values(EXPORT_MEDIA_TYPES))],
  async handle({ query }, { services, c }) {
    const { format, limit, ...rest } = query
    const documents = services.store.exportDocuments(toDocumentFilter(rest))
    c.header('Content-Type', EXPORT_MEDIA_TYPES[format])
    c.header(
      'Content-Disposition',
      `attachment; filename="narrascope-export.${EXPORT_EXTENSIONS[format]}"`,
    )
    return stream(
      c,
      async (output) => {
        await writeExport(format, documents, (chunk) => output.write(chunk).then(() => undefined), {
          limit,
        })
      },
      // Headers are sent by then: a failure can only cut the file short, and the log says why.
      async (error) => {
        console.error('narrascope serve: export failed midway:', error)
      },
    )
  },
})
