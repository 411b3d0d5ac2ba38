import { z } from 'zod'
import { DocumentFilterSchema, FacetCountSchema } from './store.ts'

/** How a narrative timeline buckets documents: by published day, or by ISO week (Monday to Sunday). */
export const TimelineIntervalSchema = z.enum(['day', 'week'])
export type TimelineInterval = z.infer<typeof TimelineIntervalSchema>

/**
 * Which documents a narrative timeline covers (any document filter) and how it is cut. With `narrative`, the
 * timeline shows that narrative alone rather than every narrative of the documents carrying it.
 */
export const NarrativeTimelineQuerySchema = DocumentFilterSchema.extend({
  interval: TimelineIntervalSchema.default('day'),
  /** Count a document for a narrative only when the narrative's score reaches this. */
  minScore: z.number().min(0).max(1).default(0),
  /** The documents listed behind each point, highest score first; the counts always cover them all. */
  documentsPerPoint: z.number().int().nonnegative().max(1000).default(50),
})
export type NarrativeTimelineQuery = z.infer<typeof NarrativeTimelineQuerySchema>

/** A document behind a point of a timeline. */
export const TimelineDocumentSchema = z.object({
  /** The store's id of the document. */
  storeId: z.number().int(),
  /** The document's own id, as in the analysed JSON. */
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** Published day (YYYY-MM-DD), null when the document gives none. */
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  lang: z.string().nullable(),
  /** The narrative's score in this document; null for documents stored before scores were kept. */
  score: z.number().nullable(),
})
export type TimelineDocument = z.infer<typeof TimelineDocumentSchema>

/** How many documents carry a narrative (overall or at one point), per outlet and per language. */
export const NarrativeCountsSchema = z.object({
  count: z.number().int(),
  byOutlet: z.array(FacetCountSchema),
  byLang: z.array(FacetCountSchema),
})
export type NarrativeCounts = z.infer<typeof NarrativeCountsSchema>

/** One point of a narrative's timeline: the documents of one day or week that carry it. */
export const TimelinePointSchema = NarrativeCountsSchema.extend({
  /** First day of the day or week (YYYY-MM-DD); null gathers the documents without a published date. */
  start: z.string().nullable(),
  documents: z.array(TimelineDocumentSchema),
})
export type TimelinePoint = z.infer<typeof TimelinePointSchema>

/** One narrative over time: its total, its outlets and languages, and its points in calendar order. */
export const NarrativeSeriesSchema = NarrativeCountsSchema.extend({
  id: z.string(),
  /** The catalogue's label and parent for the id; null when the catalogue used to read it has no such id. */
  label: z.string().nullable(),
  parent: z.string().nullable(),
  points: z.array(TimelinePointSchema),
})
export type NarrativeSeries = z.infer<typeof NarrativeSeriesSchema>

/** Narratives over time in the documents matching a query, the most frequent narrative first. */
export const NarrativeTimelineSchema = z.object({
  query: NarrativeTimelineQuerySchema,
  /** Documents matching the filter that carry at least one of the narratives shown. */
  documents: z.number().int(),
  narratives: z.array(NarrativeSeriesSchema),
  tookMs: z.number(),
})
export type NarrativeTimeline = z.infer<typeof NarrativeTimelineSchema>
