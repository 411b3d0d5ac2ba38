import { z } from 'zod'
import { AnalyzedDocumentSchema } from './document.ts'
import { DocumentHeadingSchema } from './heading.ts'
import { ClaimOccurrenceSchema, ProvenanceGraphSchema, StorySchema } from './link.ts'
import { NarrativeTimelineSchema, TimelineIntervalSchema } from './narrative-timeline.ts'
import { InputRecordSchema } from './source.ts'
import {
  BatchSchema,
  CorpusStatsSchema,
  DocumentFilterSchema,
  ExportFormatSchema,
  FacetCountSchema,
  IngestErrorSchema,
  PeriodCountSchema,
  SearchHitSchema,
  SearchResultSchema,
  TimelineStepSchema,
} from './store.ts'

export { type PeriodCount, PeriodCountSchema } from './store.ts'

// The HTTP API's requests and responses. Each route in src/server/routes/ validates its input with these, the
// OpenAPI document at /api/openapi.json is generated from them, and the web client imports them.

/** The one error shape of every non-2xx answer. `code` is machine-readable; the web UI translates it. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
})
export type ApiError = z.infer<typeof ApiErrorSchema>

/** Machine-readable error codes the server answers with. */
export const ApiErrorCodeSchema = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'timeout',
  'fetch_failed',
  'store_unavailable',
  'internal_error',
])
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>

// Query strings carry text; these turn "20" into 20 and reject "twenty" with a 400.
const queryInt = (minimum: number, maximum: number) =>
  z.coerce.number().int().min(minimum).max(maximum)

/** The filter as query-string parameters, named as in DocumentFilter (`text` is the full-text query). */
export const FilterParamsSchema = DocumentFilterSchema.extend({
  text: z.string().max(1000).default(''),
})
export type FilterParams = z.infer<typeof FilterParamsSchema>

/** GET /api/search: a filter plus a page. */
export const SearchParamsSchema = FilterParamsSchema.extend({
  limit: queryInt(1, 100).default(10),
  offset: queryInt(0, 10_000).default(0),
})
export type SearchParams = z.infer<typeof SearchParamsSchema>

/** GET /api/search answers with the store's SearchResult. */
export const SearchResponseSchema = SearchResultSchema
export type SearchResponse = z.infer<typeof SearchResponseSchema>

/**
 * A document in the API: its store id (for URLs), the analysed document, and its check-worthy sentences
 * (`claims`, found by src/link's rules until the pipeline assigns a claims layer).
 */
export const DocumentResponseSchema = z.object({
  storeId: z.number().int(),
  document: AnalyzedDocumentSchema,
  claims: z.array(ClaimOccurrenceSchema),
})
export type DocumentResponse = z.infer<typeof DocumentResponseSchema>

/** Path parameter naming a stored document. */
export const StoreIdParamsSchema = z.object({
  storeId: z.coerce.number().int().positive(),
})

/** One line of a document list: what a result row shows, without the text. */
export const DocumentSummarySchema = SearchHitSchema.omit({ rank: true, snippet: true })
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>

/** GET /api/documents: newest first, filtered, one page. */
export const DocumentListParamsSchema = SearchParamsSchema.extend({
  limit: queryInt(1, 200).default(50),
})

export const DocumentListResponseSchema = z.object({
  total: z.number().int(),
  items: z.array(DocumentSummarySchema),
})
export type DocumentListResponse = z.infer<typeof DocumentListResponseSchema>

/** DELETE /api/documents/{storeId}. */
export const DeleteResponseSchema = z.object({ deleted: z.number().int() })
export type DeleteResponse = z.infer<typeof DeleteResponseSchema>

/** GET /api/stats: the store's CorpusStats for a filter. */
export const StatsParamsSchema = FilterParamsSchema
export const StatsResponseSchema = CorpusStatsSchema
export type StatsResponse = z.infer<typeof StatsResponseSchema>

/**
 * POST /api/analyse: one article as text, HTML or a URL to fetch (through the guarded fetch: private
 * addresses refused). With `store: true` (needs the write token) the result is also stored.
 */
export const AnalyseRequestSchema = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().url().optional(),
    title: z.string().optional(),
    lang: z.string().optional(),
    published: z.string().optional(),
    outlet: z.string().optional(),
    author: z.string().optional(),
    store: z.boolean().default(false),
  })
  .refine((body) => body.text !== undefined || body.html !== undefined || body.url !== undefined, {
    message: 'give "text", "html" or "url"',
  })
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>

export const AnalyseResponseSchema = z.object({
  /** The store id when the document was stored, else null. */
  storeId: z.number().int().nullable(),
  document: AnalyzedDocumentSchema,
  claims: z.array(ClaimOccurrenceSchema),
})
export type AnalyseResponse = z.infer<typeof AnalyseResponseSchema>

/** POST /api/upload as JSON: records in the JSONL input format. Multipart uploads send files instead. */
export const UploadRequestSchema = z.object({
  records: z.array(InputRecordSchema).min(1).max(10_000),
})
export type UploadRequest = z.infer<typeof UploadRequestSchema>

/** POST /api/ingest: http(s) URLs of pages or feeds, or paths under the server's allowed ingest folders. */
export const IngestRequestSchema = z.object({
  inputs: z.array(z.string().min(1)).min(1).max(1000),
})
export type IngestRequest = z.infer<typeof IngestRequestSchema>

/** What an upload or an ingest stored, skipped and why inputs failed. */
export const IngestResponseSchema = z.object({
  batch: BatchSchema,
  stored: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  /** Uploads: the documents written, in input order (ingest runs report counts only). */
  documents: z
    .array(
      z.object({
        storeId: z.number().int(),
        id: z.string(),
        title: z.string().nullable(),
        heading: DocumentHeadingSchema,
      }),
    )
    .optional(),
  errors: z.array(IngestErrorSchema.pick({ input: true, stage: true, code: true, message: true })),
})
export type IngestResponse = z.infer<typeof IngestResponseSchema>

/**
 * GET /api/timelines: documents per day, ISO week or month, one series per frequent value of `by` (or the
 * whole set).
 */
export const TimelineParamsSchema = FilterParamsSchema.extend({
  by: z.enum(['all', 'narrative', 'entity', 'outlet', 'lang', 'technique']).default('all'),
  interval: TimelineStepSchema.default('month'),
  /** How many series (the most frequent values) when `by` is not "all". */
  series: queryInt(1, 10).default(5),
})
export type TimelineParams = z.infer<typeof TimelineParamsSchema>

export const TimelineSeriesSchema = z.object({
  /** The value the series counts ("all" for the whole set). */
  value: z.string(),
  total: z.number().int(),
  /**
   * Periods in calendar order, each named by its first day (YYYY-MM-DD; a week starts on Monday) or, per
   * month, YYYY-MM; periods without documents, and documents without a published date, are left out.
   */
  points: z.array(PeriodCountSchema),
})
export type TimelineSeries = z.infer<typeof TimelineSeriesSchema>

export const TimelineResponseSchema = z.object({
  by: TimelineParamsSchema.shape.by,
  interval: TimelineStepSchema,
  series: z.array(TimelineSeriesSchema),
})
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>

/** GET /api/entities: the most frequent entities (at most 20) of the documents matching a filter. */
export const EntitiesParamsSchema = FilterParamsSchema
export const EntitiesResponseSchema = z.object({
  documents: z.number().int(),
  entities: z.array(FacetCountSchema),
})
export type EntitiesResponse = z.infer<typeof EntitiesResponseSchema>

/** Path parameter naming an entity by canonical name or any spelling seen ("Tokayev", "Tokaïev"). */
export const EntityParamsSchema = z.object({ name: z.string().min(1).max(300) })
export const EntityQuerySchema = FilterParamsSchema.omit({ entity: true }).extend({
  limit: queryInt(1, 200).default(20),
  offset: queryInt(0, 10_000).default(0),
})

/** GET /api/entities/{name}: the documents naming an entity (one page) and their months. */
export const EntityResponseSchema = z.object({
  name: z.string(),
  total: z.number().int(),
  documents: z.array(DocumentSummarySchema),
  timeline: z.array(PeriodCountSchema),
})
export type EntityResponse = z.infer<typeof EntityResponseSchema>

/** A narrative of the catalogue with how many documents (matching the filter) carry it. */
export const NarrativeEntrySchema = z.object({
  id: z.string(),
  label: z.string(),
  definition: z.string(),
  parent: z.string().nullable(),
  documents: z.number().int(),
})
export type NarrativeEntry = z.infer<typeof NarrativeEntrySchema>

/** GET /api/narratives: the whole catalogue, with counts over the documents matching the filter. */
export const NarrativesParamsSchema = FilterParamsSchema
export const NarrativesResponseSchema = z.object({ narratives: z.array(NarrativeEntrySchema) })
export type NarrativesResponse = z.infer<typeof NarrativesResponseSchema>

/** GET /api/narratives/timeline: narratives per day or week, with the documents behind each point. */
export const NarrativeTimelineParamsSchema = FilterParamsSchema.extend({
  interval: TimelineIntervalSchema.default('day'),
  minScore: z.coerce.number().min(0).max(1).default(0),
  documentsPerPoint: queryInt(0, 100).default(10),
})
export type NarrativeTimelineParams = z.infer<typeof NarrativeTimelineParamsSchema>
export const NarrativeTimelineResponseSchema = NarrativeTimelineSchema

export const ExportParamsSchema = FilterParamsSchema.extend({
  format: ExportFormatSchema.default('jsonl'),
  /** At most this many documents (the API is for slices; the CLI exports whole corpora). */
  limit: queryInt(1, 10_000).default(1000),
})
export type ExportParams = z.infer<typeof ExportParamsSchema>

/** GET /api/stories: stories among the documents matching a filter (at most `limit`, newest first). */
export const StoriesParamsSchema = FilterParamsSchema.extend({
  limit: queryInt(2, 1000).default(200),
})

/** A story member's document id and, for documents of the store, its store id (to open it in the reader). */
export const MemberRefSchema = z.object({ id: z.string(), storeId: z.number().int() })

/**
 * Stories (versions of one piece across languages), the store ids of their members and the provenance graph:
 * the store's last link run when there is one and the filter is at most a language, else linked on request by
 * src/link over the documents read (`documents` says how many).
 */
export const StoriesResponseSchema = z.object({
  /** `stored`: the store's last link run (`narrascope link --db`); `on-request`: linked for this answer. */
  linked: z.enum(['stored', 'on-request']),
  documents: z.number().int(),
  stories: z.array(StorySchema),
  members: z.array(MemberRefSchema),
  provenance: ProvenanceGraphSchema,
})
export type StoriesResponse = z.infer<typeof StoriesResponseSchema>

/**
 * GET /api/documents/{storeId}/story: the story a document belongs to (null when no other version was found
 * among the stored documents naming the same entities), its members' store ids, and the provenance graph of
 * the story's documents (or of the document's own credits).
 */
export const DocumentStoryResponseSchema = z.object({
  linked: z.enum(['stored', 'on-request']),
  story: StorySchema.nullable(),
  members: z.array(MemberRefSchema),
  provenance: ProvenanceGraphSchema,
})
export type DocumentStoryResponse = z.infer<typeof DocumentStoryResponseSchema>

/** GET /api/health: liveness and which store the server reads. */
export const HealthResponseSchema = z.object({
  ok: z.literal(true),
  engine: z.enum(['embedded', 'postgres']),
  version: z.string(),
})
export type HealthResponse = z.infer<typeof HealthResponseSchema>
