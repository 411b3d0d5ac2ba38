import { z } from 'zod'

const weight = z.number().gt(0).max(1)
// Phrases are matched word by word on folded words (lower case, no accents); a trailing * matches any ending.
const phrases = z.array(z.string().min(1)).min(1)

/** A cue: one of the phrases, or a term of each list within a few words of each other. */
export const NarrativeCueSchema = z.union([
  z.strictObject({ phrase: phrases, weight }),
  z.strictObject({
    near: z.tuple([phrases, phrases]),
    within: z.number().int().positive().max(60).default(12),
    weight,
  }),
])
export type NarrativeCue = z.infer<typeof NarrativeCueSchema>

/** A narrative (or sub-narrative, with a parent) of the editable catalogue. */
export const CatalogNarrativeSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/u, 'ids are lower case words joined by - or .'),
  label: z.string().min(3),
  definition: z.string().min(10),
  parent: z.string().optional(),
  /** The SemEval-2025 Task 10 label this narrative corresponds to, for evaluation. */
  semeval: z.string().optional(),
  examples: z.array(z.string()).default([]),
  /** Cues per language code (BCP 47 primary subtag). */
  cues: z
    .record(
      z.string().regex(/^[a-z]{2,3}$/u, 'cue languages are codes like fr, en'),
      z.array(NarrativeCueSchema),
    )
    .default({}),
  /** Score above which the narrative is reported (default 0.5). */
  threshold: z.number().gt(0).lt(1).optional(),
})
export type CatalogNarrative = z.infer<typeof CatalogNarrativeSchema>

const topicId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'topic ids are lower case words joined by -')

/**
 * What a document must be about for a catalogue's narratives to be reported: terms per language (matched as cue
 * phrases are) and how many distinct terms must occur.
 */
export const CatalogTopicSchema = z.strictObject({
  id: topicId,
  label: z.string().min(3),
  /** Distinct entries of the document's language's list that must occur; an entry with * counts once for all its forms. */
  minDistinctTerms: z.number().int().positive(),
  terms: z.record(
    z.string().regex(/^[a-z]{2,3}$/u, 'term languages are codes like fr, en'),
    phrases,
  ),
})
export type CatalogTopic = z.infer<typeof CatalogTopicSchema>

/** One catalogue file; its `topic` (declared here, or the id of one declared in another file) gates its narratives. */
export const CatalogFileSchema = z.strictObject({
  topic: z.union([CatalogTopicSchema, topicId]).optional(),
  narratives: z.array(CatalogNarrativeSchema).min(1),
})

/** A problem found in a catalogue file, with where it is. */
export const CatalogProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  message: z.string(),
})
export type CatalogProblem = z.infer<typeof CatalogProblemSchema>
