import { z } from 'zod'
import { TechniqueLabelSchema } from './annotations.ts'
import { DocumentHeadingSchema } from './heading.ts'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u

/** Which documents a search, a stats report or an export covers; every field narrows the set. */
export const DocumentFilterSchema = z.object({
  /** Full-text query in web-search syntax: words, "a phrase", -excluded, or. Empty: no text condition. */
  text: z.string().default(''),
  /** The document's own id (`AnalyzedDocument.id`: its record id or hash), to open one document by it. */
  id: z.string().min(1).optional(),
  /** Language code of the document (fr, en, …); also picks the stemming used for the query. */
  lang: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  /** An entity's canonical name or any spelling seen in the corpus ("Tokayev", "Tokaïev"). */
  entity: z.string().min(1).optional(),
  technique: TechniqueLabelSchema.optional(),
  narrative: z.string().min(1).optional(),
  /** Published on or after this day (YYYY-MM-DD). */
  from: z.string().regex(ISO_DAY, 'expected YYYY-MM-DD').optional(),
  /** Published on or before this day (YYYY-MM-DD). */
  to: z.string().regex(ISO_DAY, 'expected YYYY-MM-DD').optional(),
})
export type DocumentFilter = z.infer<typeof DocumentFilterSchema>

/** A search: a filter plus the page of ranked hits wanted. */
export const SearchQuerySchema = DocumentFilterSchema.extend({
  limit: z.number().int().positive().max(1000).default(10),
  offset: z.number().int().nonnegative().default(0),
})
export type SearchQuery = z.infer<typeof SearchQuerySchema>

/** A snippet of a document's text; `highlights` are half-open offsets into `text` of the matched words. */
export const SnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
})
export type Snippet = z.infer<typeof SnippetSchema>

/** One ranked search result. */
export const SearchHitSchema = z.object({
  /** The store's id of the document (stable across re-ingests and re-analyses). */
  storeId: z.number().int(),
  /** The document's own id (record id or hash), as in the analysed JSON. */
  id: z.string(),
  title: z.string().nullable(),
  /** What to show for the document: its title, else its first sentence (`derived`). */
  heading: DocumentHeadingSchema,
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  lang: z.string().nullable(),
  published: z.string().nullable(),
  rank: z.number(),
  snippet: SnippetSchema,
})
export type SearchHit = z.infer<typeof SearchHitSchema>

/** How many documents of the set carry one value of a facet. */
export const FacetCountSchema = z.object({ value: z.string(), count: z.number().int() })
export type FacetCount = z.infer<typeof FacetCountSchema>

/** Counts per facet; months are YYYY-MM in calendar order, the others by count. */
export const FacetsSchema = z.object({
  lang: z.array(FacetCountSchema),
  outlet: z.array(FacetCountSchema),
  entity: z.array(FacetCountSchema),
  technique: z.array(FacetCountSchema),
  narrative: z.array(FacetCountSchema),
  month: z.array(FacetCountSchema),
})
export type Facets = z.infer<typeof FacetsSchema>
export type FacetName = keyof Facets

/** The step of a document timeline: days, ISO weeks (Monday to Sunday) or calendar months. */
export const TimelineStepSchema = z.enum(['day', 'week', 'month'])
export type TimelineStep = z.infer<typeof TimelineStepSchema>

/**
 * How many documents were published in one period, named by its first day (YYYY-MM-DD: the day, or the
 * week's Monday) or, for a month, YYYY-MM.
 */
export const PeriodCountSchema = z.object({ period: z.string(), count: z.number().int() })
export type PeriodCount = z.infer<typeof PeriodCountSchema>

/** The answer to a search: the total, one page of hits and the facets of the whole matching set. */
export const SearchResultSchema = z.object({
  query: SearchQuerySchema,
  total: z.number().int(),
  hits: z.array(SearchHitSchema),
  facets: FacetsSchema,
  tookMs: z.number(),
})
export type SearchResult = z.infer<typeof SearchResultSchema>

/** Where an ingestion failed: reading or extracting the input, analysing it, or writing it. */
export const IngestStageSchema = z.enum(['read', 'analyse', 'store'])
export type IngestStage = z.infer<typeof IngestStageSchema>

/** A document or input that could not be stored, kept so the analyst can see and fix it. */
export const IngestErrorSchema = z.object({
  id: z.number().int(),
  batchId: z.number().int().nullable(),
  /** The input's name: a path, `file.jsonl:12`, `feed.xml[3]`, a URL. */
  input: z.string(),
  stage: IngestStageSchema,
  code: z.string(),
  message: z.string(),
  at: z.string(),
})
export type IngestError = z.infer<typeof IngestErrorSchema>

export const BatchKindSchema = z.enum(['ingest', 'reanalyse', 'queue'])
export type BatchKind = z.infer<typeof BatchKindSchema>

/** One run of `ingest` (or `--reanalyse`, or an enqueued batch), kept so an interrupted run can resume. */
export const BatchSchema = z.object({
  id: z.number().int(),
  kind: BatchKindSchema,
  /** The inputs as given on the command line, which identify the batch when it is resumed. */
  inputs: z.array(z.string()),
  status: z.enum(['running', 'done']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  stored: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
})
export type Batch = z.infer<typeof BatchSchema>

/** A summary of the corpus or of the documents matching a filter. */
export const CorpusStatsSchema = z.object({
  filter: DocumentFilterSchema,
  documents: z.number().int(),
  /** Documents per pipeline version, to see what `ingest --reanalyse` would redo. */
  pipelineVersions: z.array(FacetCountSchema),
  facets: FacetsSchema,
  errors: z.number().int(),
  batches: z.object({ total: z.number().int(), running: z.number().int() }),
  /** Bytes the store takes on disk (database size). */
  diskBytes: z.number().int(),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
})
export type CorpusStats = z.infer<typeof CorpusStatsSchema>

/**
 * Formats `narrascope export` and GET /api/export write: analysed documents (JSONL), a table (CSV), a STIX 2.1
 * bundle, ClaimReview drafts and NewsArticles (schema.org JSON-LD).
 */
export const ExportFormatSchema = z.enum(['jsonl', 'csv', 'stix', 'claimreview', 'jsonld'])
export type ExportFormat = z.infer<typeof ExportFormatSchema>
