import { z } from 'zod'
import { SpanSchema } from './span.ts'

const confidence = z.number().min(0).max(1)

/** The language of a document, from the language identifier. */
export const LanguageSchema = z.object({
  code: z.string(),
  confidence,
  alternatives: z.array(z.object({ code: z.string(), confidence })),
  /** `model` when identified from the text, `declared` when the text was too short and the container said. */
  method: z.enum(['model', 'script', 'declared']),
})
export type Language = z.infer<typeof LanguageSchema>

export const EntityLabelSchema = z.enum(['PER', 'ORG', 'LOC', 'MISC'])
export type EntityLabel = z.infer<typeof EntityLabelSchema>

/** A named entity mention; `canonical` is shared by all spellings and languages of the same entity. */
export const EntitySchema = SpanSchema.extend({
  label: EntityLabelSchema,
  canonical: z.string(),
  confidence,
  /** `alias` when the alias data knew it, `rule` when found by capitalisation and context. */
  method: z.enum(['alias', 'rule', 'model']),
})
export type Entity = z.infer<typeof EntitySchema>

/** Who a quote or an attribution is ascribed to. */
export const SpeakerSchema = z.object({
  text: z.string(),
  canonical: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** How the speaker was found: in the quote's sentence, carried from an earlier one, or via a pronoun. */
  resolution: z.enum(['same-sentence', 'previous-sentence', 'pronoun', 'paragraph']),
})
export type Speaker = z.infer<typeof SpeakerSchema>

/** A direct or indirect quotation; `text` is the quoted words (without marks for direct quotes). */
export const QuoteSchema = SpanSchema.extend({
  kind: z.enum(['direct', 'indirect']),
  speaker: SpeakerSchema.nullable(),
  /** The reporting verb or phrase ("a déclaré", "said", "selon", ":") that ties the quote to its speaker. */
  cue: SpanSchema.nullable(),
  confidence,
})
export type Quote = z.infer<typeof QuoteSchema>

export const SourcingKindSchema = z.enum(['named', 'organization', 'document', 'anonymous'])
export type SourcingKind = z.infer<typeof SourcingKindSchema>

/** An attribution of information to a source; `text` is the phrase that names the source. */
export const SourcingSchema = SpanSchema.extend({
  kind: SourcingKindSchema,
  /** Canonical name of the source when it is named (a person, an organisation, a document). */
  canonical: z.string().nullable(),
  cue: SpanSchema.nullable(),
  /** The sentence that carries the attributed information. */
  sentence: SpanSchema,
  confidence,
})
export type Sourcing = z.infer<typeof SourcingSchema>

export const ProvenanceRoleSchema = z.enum([
  'author',
  'original',
  'translation',
  'republication',
  'via',
])
export type ProvenanceRole = z.infer<typeof ProvenanceRoleSchema>

/** One credit in a document's chain of custody: who wrote, translated, republished it, and when. */
export const ProvenanceSchema = z.object({
  role: ProvenanceRoleSchema,
  name: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  /** ISO 8601 date (YYYY-MM-DD, or YYYY-MM when the day is unknown). */
  date: z.string().optional(),
  /** The date as written in the text. */
  dateText: z.string().optional(),
  evidence: SpanSchema.nullable(),
  /** Where the credit was read: the text itself or the container's metadata. */
  from: z.enum(['text', 'metadata']),
  confidence,
})
export type Provenance = z.infer<typeof ProvenanceSchema>

export const QualityKindSchema = z.enum([
  'repeated-paragraph',
  'repeated-fragment',
  'stuttered-words',
])

/** A defect of the text itself: fragments or paragraphs repeated inside one document. */
export const QualityFindingSchema = z.object({
  kind: QualityKindSchema,
  /** Every occurrence; the first is the one the others repeat. */
  spans: z.array(SpanSchema).min(1),
  /** Share of identical words between the occurrences (1 = verbatim). */
  similarity: confidence,
  message: z.string(),
})
export type QualityFinding = z.infer<typeof QualityFindingSchema>

/** Something a component could not do for one document; the batch goes on. */
export const DocIssueSchema = z.object({
  component: z.string(),
  code: z.string(),
  message: z.string(),
})
export type DocIssue = z.infer<typeof DocIssueSchema>

/** The 23 persuasion techniques of SemEval-2023 Task 3 (labels as in its data). */
export const TechniqueLabelSchema = z.enum([
  'Appeal_to_Authority',
  'Appeal_to_Popularity',
  'Appeal_to_Values',
  'Appeal_to_Fear-Prejudice',
  'Flag_Waving',
  'Causal_Oversimplification',
  'False_Dilemma-No_Choice',
  'Consequential_Oversimplification',
  'Straw_Man',
  'Red_Herring',
  'Whataboutism',
  'Slogans',
  'Appeal_to_Time',
  'Conversation_Killer',
  'Loaded_Language',
  'Repetition',
  'Exaggeration-Minimisation',
  'Obfuscation-Vagueness-Confusion',
  'Name_Calling-Labeling',
  'Doubt',
  'Guilt_by_Association',
  'Appeal_to_Hypocrisy',
  'Questioning_the_Reputation',
])
export type TechniqueLabel = z.infer<typeof TechniqueLabelSchema>

/** A persuasion technique in one paragraph; the span is its strongest evidence, `evidence` all of it. */
export const TechniqueSchema = SpanSchema.extend({
  label: TechniqueLabelSchema,
  confidence,
  /** Index into `paragraphs`. */
  paragraph: z.number().int().nonnegative(),
  evidence: z.array(SpanSchema),
  /** The features or cue words that fired, for the analyst to judge. */
  cues: z.array(z.string()),
  /** DISARM technique ids this technique maps to, when one fits. */
  disarm: z.array(z.string()).optional(),
})
export type Technique = z.infer<typeof TechniqueSchema>

/** The 14 framing dimensions of SemEval-2023 Task 3. */
export const FrameLabelSchema = z.enum([
  'Economic',
  'Capacity_and_resources',
  'Morality',
  'Fairness_and_equality',
  'Legality_Constitutionality_and_jurisprudence',
  'Policy_prescription_and_evaluation',
  'Crime_and_punishment',
  'Security_and_defense',
  'Health_and_safety',
  'Quality_of_life',
  'Cultural_identity',
  'Public_opinion',
  'Political',
  'External_regulation_and_reputation',
])

/** A frame of the whole article, with the passages that carry it. */
export const FrameSchema = z.object({
  label: FrameLabelSchema,
  confidence,
  evidence: z.array(SpanSchema),
})
export type Frame = z.infer<typeof FrameSchema>

/** The article's genre (SemEval-2023 Task 3 subtask 1). */
export const GenreSchema = z.object({
  label: z.enum(['opinion', 'reporting', 'satire']),
  confidence,
  scores: z.object({ opinion: confidence, reporting: confidence, satire: confidence }),
  evidence: z.array(SpanSchema),
})
export type Genre = z.infer<typeof GenreSchema>

/** A narrative from the catalogue found in the document, with the passages that carry it. */
export const NarrativeSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** The parent narrative's id for a sub-narrative. */
  parent: z.string().nullable(),
  score: confidence,
  evidence: z.array(SpanSchema),
  /** Indexes into `paragraphs` where the narrative is strong. */
  paragraphs: z.array(z.number().int().nonnegative()),
})
export type Narrative = z.infer<typeof NarrativeSchema>

/** The role an entity plays in the document's story (SemEval-2025 Task 10 subtask 1). */
export const EntityRoleSchema = SpanSchema.extend({
  canonical: z.string(),
  main: z.enum(['Protagonist', 'Antagonist', 'Innocent']),
  fine: z.array(z.string()),
  confidence,
  evidence: z.array(SpanSchema),
})
export type EntityRole = z.infer<typeof EntityRoleSchema>

/** Why a sentence is worth checking: it states a figure or a date, a cause, or information it attributes. */
export const ClaimReasonSchema = z.enum(['figure', 'causal', 'attributed'])
export type ClaimReason = z.infer<typeof ClaimReasonSchema>

/** A check-worthy claim: the sentence that states it, how worth checking it is, and how it is sourced. */
export const ClaimSchema = SpanSchema.extend({
  /** A rule score (figures, causes and sources add up), not a calibrated probability. */
  checkworthiness: confidence,
  reasons: z.array(ClaimReasonSchema).min(1),
  /** Language-independent keys of its figures, dates and names ("#3000", "D3-8", "NKRF"): equal across languages. */
  anchors: z.array(z.string()),
  /** The sourcing spans of its sentence: who the information is attributed to. */
  sourcing: z.array(
    z.object({ kind: SourcingKindSchema, canonical: z.string().nullable(), text: z.string() }),
  ),
})
export type Claim = z.infer<typeof ClaimSchema>

/** Every annotation layer, keyed by the name a component assigns. */
export const AnnotationsSchema = z.object({
  language: LanguageSchema.nullable(),
  paragraphs: z.array(SpanSchema),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  sourcing: z.array(SourcingSchema),
  provenance: z.array(ProvenanceSchema),
  claims: z.array(ClaimSchema),
  quality: z.array(QualityFindingSchema),
  techniques: z.array(TechniqueSchema),
  frames: z.array(FrameSchema),
  genre: GenreSchema.nullable(),
  narratives: z.array(NarrativeSchema),
  roles: z.array(EntityRoleSchema),
})
export type Annotations = z.infer<typeof AnnotationsSchema>
export type AnnotationKey = keyof Annotations
