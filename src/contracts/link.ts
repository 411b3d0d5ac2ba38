import { z } from 'zod'
import { ClaimSchema } from './annotations.ts'
import { DocumentHeadingSchema } from './heading.ts'
import { SpanSchema } from './span.ts'

const score = z.number().min(0).max(1)

/** How one document derives from its story's original (or from its direct parent). */
export const StoryRelationSchema = z.enum(['original', 'republication', 'translation', 'excerpt'])
export type StoryRelation = z.infer<typeof StoryRelationSchema>

/** The kinds of link between two documents; the first three make stories, the rest do not. */
export const LinkKindSchema = z.enum([
  'republication',
  'translation',
  'excerpt',
  'quotes',
  'same-event',
  'shared-claim',
])
export type LinkKind = z.infer<typeof LinkKindSchema>

/** Why two documents were linked: the measures that fired and the shared anchors an analyst can check. */
export const LinkEvidenceSchema = z.object({
  /** `shingles`: shared word sequences (same language); `anchors`: numbers, dates, names in the same order. */
  method: z.enum(['shingles', 'anchors', 'credit', 'quote', 'entities', 'claim']),
  summary: z.string(),
  /** Named measures, e.g. `containment`, `jaccard`, `orderedCoverage`, `alignedAnchors`. */
  measures: z.record(z.string(), z.number()),
  /** A few shared anchors or phrases, in the order of the first document. */
  shared: z.array(z.string()),
})
export type LinkEvidence = z.infer<typeof LinkEvidenceSchema>

/**
 * A link between two documents. Version links point from the source to the derived version, `quotes` from the
 * quoted document to the one quoting it; `same-event` and `shared-claim` are undirected (earlier first).
 */
export const LinkEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  kind: LinkKindSchema,
  score,
  evidence: LinkEvidenceSchema,
})
export type LinkEdge = z.infer<typeof LinkEdgeSchema>

/** One version of a story, with its relation to the story's original and to the version it came from. */
export const StoryMemberSchema = z.object({
  id: z.string(),
  /** The store's id of the document, when the story was computed over a store. */
  storeId: z.number().int().optional(),
  lang: z.string().nullable(),
  title: z.string().nullable(),
  /** What to show for the document: its title, else its first sentence (`derived`). */
  heading: DocumentHeadingSchema,
  /** The outlet that published this version, when known. */
  outlet: z.string().nullable(),
  /** ISO 8601 date of this version, from metadata, credits or the text's head; null when unknown. */
  published: z.string().nullable(),
  relation: StoryRelationSchema,
  /** The member this one was made from (a translation's republication points to the translation). */
  derivedFrom: z.object({ id: z.string(), relation: StoryRelationSchema }).nullable(),
  /** Who translated it, from the document's own credits. */
  translator: z.string().nullable(),
  /** Share of the original this version carries (1 for a full version, about 0.36 for a third). */
  coverage: score,
  evidence: z.array(z.string()),
})
export type StoryMember = z.infer<typeof StoryMemberSchema>

/** A cluster of documents that are versions of the same piece, members in time order (original first). */
export const StorySchema = z.object({
  id: z.string(),
  original: z.string(),
  /** How the original was chosen: named by other versions' credits, earliest date, or fullest text. */
  originalBy: z.enum(['credit', 'date', 'text']),
  languages: z.array(z.string()),
  members: z.array(StoryMemberSchema).min(2),
})
export type Story = z.infer<typeof StorySchema>

/** A node of the provenance graph: a document of the corpus, an outlet or a person. */
export const ProvenanceNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(['document', 'outlet', 'person']),
  label: z.string(),
  /** False for outlets and URLs named by credits but absent from the corpus (the original may be elsewhere). */
  inCorpus: z.boolean(),
  lang: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  url: z.string().optional(),
})
export type ProvenanceNode = z.infer<typeof ProvenanceNodeSchema>

/** Who did what to which document: published, wrote, translated, republished, relayed, or derived it. */
export const ProvenanceEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  role: z.enum([
    'published',
    'wrote',
    'translated',
    'republished-from',
    'credits-original',
    'translation',
    'republication',
    'excerpt',
  ]),
  /** The credit line or the link that says so. */
  evidence: z.string(),
  date: z.string().nullable(),
})
export type ProvenanceEdge = z.infer<typeof ProvenanceEdgeSchema>

/** Documents, outlets and people, linked by credits and by the version links of the stories. */
export const ProvenanceGraphSchema = z.object({
  nodes: z.array(ProvenanceNodeSchema),
  edges: z.array(ProvenanceEdgeSchema),
})
export type ProvenanceGraph = z.infer<typeof ProvenanceGraphSchema>

/** What the linker knew about one input document. */
export const LinkedDocumentSchema = z.object({
  id: z.string(),
  /** The store's id of the document, when linked over a store. */
  storeId: z.number().int().optional(),
  lang: z.string().nullable(),
  title: z.string().nullable(),
  /** What to show for the document: its title, else its first sentence (`derived`). */
  heading: DocumentHeadingSchema,
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  /** The story the document belongs to, or null when no other version of it is in the corpus. */
  story: z.string().nullable(),
})
export type LinkedDocument = z.infer<typeof LinkedDocumentSchema>

/** The output of `narrascope link`: stories, pairwise links and the provenance graph. */
export const LinkResultSchema = z.object({
  documents: z.array(LinkedDocumentSchema),
  stories: z.array(StorySchema),
  edges: z.array(LinkEdgeSchema),
  provenance: ProvenanceGraphSchema,
  stats: z.object({
    documents: z.number().int().nonnegative(),
    candidatePairs: z.number().int().nonnegative(),
    scoredPairs: z.number().int().nonnegative(),
    elapsedMs: z.number().nonnegative(),
  }),
})
export type LinkResult = z.infer<typeof LinkResultSchema>

/** One linking run over a store: when, over which documents, and what it found. */
export const LinkRunSchema = z.object({
  id: z.number().int(),
  /** ISO 8601 time the run was stored. */
  linkedAt: z.string(),
  /** The document filter the run covered (empty: the whole store). */
  filter: z.record(z.string(), z.unknown()),
  documents: z.number().int().nonnegative(),
  stats: LinkResultSchema.shape.stats,
})
export type LinkRun = z.infer<typeof LinkRunSchema>

/** Which stored stories to read: all of them page by page, one story, a document's story, or a language's. */
export const StoriesQuerySchema = z.object({
  /** A story id (`story:<original document id>`). */
  story: z.string().min(1).optional(),
  /** A document's own id: the story it belongs to. */
  document: z.string().min(1).optional(),
  /** Stories with a member in this language. */
  lang: z.string().min(1).optional(),
  minMembers: z.number().int().min(2).default(2),
  limit: z.number().int().positive().max(1000).default(50),
  offset: z.number().int().nonnegative().default(0),
})
export type StoriesQuery = z.infer<typeof StoriesQuerySchema>

/**
 * Stored stories, largest first, with every link that touches their members and the part of the provenance graph
 * around them; what `narrascope stories --json` prints and the API serves.
 */
export const StoriesResultSchema = z.object({
  run: LinkRunSchema,
  query: StoriesQuerySchema,
  /** Stories matching the query, before paging. */
  total: z.number().int().nonnegative(),
  stories: z.array(StorySchema),
  edges: z.array(LinkEdgeSchema),
  provenance: ProvenanceGraphSchema,
})
export type StoriesResult = z.infer<typeof StoriesResultSchema>

/** One document's sentence that carries a claim, with the sources it gives for it. */
export const ClaimOccurrenceSchema = z.object({
  document: z.string(),
  lang: z.string().nullable(),
  sentence: SpanSchema,
  /** Why the sentence is check-worthy: `figure`, `causal`, `attributed`. */
  reasons: ClaimSchema.shape.reasons,
  checkworthiness: ClaimSchema.shape.checkworthiness,
  sourcing: ClaimSchema.shape.sourcing,
})
export type ClaimOccurrence = z.infer<typeof ClaimOccurrenceSchema>

/** A check-worthy claim and every document that carries it, in any language. */
export const ClaimGroupSchema = z.object({
  id: z.string(),
  /** The first occurrence's sentence, as a label. */
  text: z.string(),
  /** The language-independent anchors (numbers, dates, names) the occurrences share. */
  anchors: z.array(z.string()),
  documents: z.array(z.string()),
  languages: z.array(z.string()),
  occurrences: z.array(ClaimOccurrenceSchema).min(1),
})
export type ClaimGroup = z.infer<typeof ClaimGroupSchema>

/** The output of `narrascope claims`: claim groups, those carried by most documents first. */
export const ClaimsResultSchema = z.object({
  claims: z.array(ClaimGroupSchema),
})
export type ClaimsResult = z.infer<typeof ClaimsResultSchema>
