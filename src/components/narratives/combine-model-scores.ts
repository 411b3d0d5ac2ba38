import type { Narrative } from '../../contracts/annotations.ts'
import type { CatalogNarrative } from '../../contracts/catalog.ts'
import type { Span } from '../../contracts/span.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { makeSpan, spanIndexAt } from '../../doc/span.ts'
import { applyPlatt } from '../../learn/platt-scaling.ts'
import { decideNarratives } from '../../learn/semeval2025/decide-narratives.ts'
import {
  type AttributedVector,
  attributedVector,
  type NarrativeModel,
  narrativeProbabilities,
} from '../../learn/semeval2025/narrative-model.ts'

type ModelDoc = AnnotatedDoc<'paragraphs' | 'sentences' | 'language'>

/** How model and cues are combined. */
export interface CombineOptions {
  readonly threshold: number
  readonly maxEvidence: number
  /** Calibrated probability a paragraph's words must reach on their own for it to count as carrying the narrative. */
  readonly strongParagraphProbability: number
}

/**
 * Adds the learned model's view to the cue-based narratives of a document in a language the model was trained on:
 * a catalogue narrative mapped to a SemEval label scores the noisy-or of the model's calibrated probability and its
 * cue score, and is reported when the model chooses it, or when that score reaches the threshold. The sentences
 * that weigh most for the label in the model are its evidence, beside the cue matches.
 */
export function combineModelScores(
  doc: ModelDoc,
  fromCues: readonly Narrative[],
  { catalog, model, mapped }: ModelCatalog,
  options: CombineOptions,
): Narrative[] {
  const lang = docLang(doc)
  if (!lang || !model.languages.includes(lang.toLowerCase())) return [...fromCues]
  const attributed = attributedVector(model, doc.text, lang)
  const probabilities = narrativeProbabilities(model, attributed.vector, lang)
  const chosen = new Set(
    decideNarratives(model.labels, probabilities).chosen.map((item) => item.label),
  )
  const byId = new Map(fromCues.map((narrative) => [narrative.id, narrative]))
  const attribution = attributeOccurrences(doc, attributed)
  const reported = mapped.flatMap(({ entry, column }) => {
    const probability = probabilities[column]!
    const cued = byId.get(entry.id)
    const score = 1 - (1 - probability) * (1 - (cued?.score ?? 0))
    const isChosen = chosen.has(entry.semeval!)
    return isChosen || score >= (entry.threshold ?? options.threshold)
      ? [{ entry, column, cued, score }]
      : []
  })
  const bySentence = sentenceContributions(
    model,
    reported.map((item) => item.column),
    attribution,
    doc.spans.sentences.length,
  )
  reported.forEach(({ entry, column, cued, score }, index) => {
    const strongest = strongestSentences(
      doc,
      model,
      column,
      bySentence[index]!,
      attribution,
      options,
    )
    byId.set(entry.id, {
      id: entry.id,
      label: entry.label,
      parent: entry.parent ?? null,
      score: Number(score.toFixed(3)),
      evidence: mergeEvidence(cued?.evidence ?? [], strongest.evidence, options.maxEvidence),
      paragraphs: [...new Set([...(cued?.paragraphs ?? []), ...strongest.paragraphs])].sort(
        (a, b) => a - b,
      ),
    })
  })
  // A sub-narrative implies its parent narrative.
  for (const child of [...byId.values()]) {
    const parent = child.parent ? catalog.find((item) => item.id === child.parent) : undefined
    if (parent && !byId.has(parent.id))
      byId.set(parent.id, {
        ...child,
        id: parent.id,
        label: parent.label,
        parent: parent.parent ?? null,
      })
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
}

/** The catalogue entries that map to one of the model's labels, with the label's column, prepared once. */
export interface ModelCatalog {
  readonly catalog: readonly CatalogNarrative[]
  readonly model: NarrativeModel
  readonly mapped: readonly { readonly entry: CatalogNarrative; readonly column: number }[]
}

/** Pairs the catalogue entries that carry a `semeval` label with the model's column for it. */
export function prepareModelCatalog(
  catalog: readonly CatalogNarrative[],
  model: NarrativeModel,
): ModelCatalog {
  const columns = new Map(model.labels.map((label, index) => [label, index]))
  const mapped = catalog.flatMap((entry) => {
    const column = entry.semeval === undefined ? undefined : columns.get(entry.semeval)
    return column === undefined ? [] : [{ entry, column }]
  })
  return { catalog, model, mapped }
}

// Each word-feature occurrence with its feature, its share of the document vector and its sentence (-1 outside
// every sentence), and each sentence's paragraph. Occurrences and sentences are both in text order: one merge walk.
interface Attribution {
  readonly features: readonly number[]
  readonly shares: Float32Array
  readonly sentenceOf: Int32Array
  readonly paragraphOf: Int32Array
}

function attributeOccurrences(doc: ModelDoc, attributed: AttributedVector): Attribution {
  const { offsets, indices } = attributed.occurrences
  const sentences = doc.spans.sentences
  const sentenceOf = new Int32Array(offsets.length).fill(-1)
  const shares = new Float32Array(offsets.length)
  let sentence = 0
  for (let occurrence = 0; occurrence < offsets.length; occurrence++) {
    const offset = offsets[occurrence]!
    shares[occurrence] = attributed.sharePerOccurrence.get(indices[occurrence]!) ?? 0
    while (sentence < sentences.length && sentences[sentence]!.end <= offset) sentence++
    if (sentence < sentences.length && sentences[sentence]!.start <= offset)
      sentenceOf[occurrence] = sentence
  }
  const paragraphOf = Int32Array.from(sentences, (item) =>
    spanIndexAt(doc.spans.paragraphs, item.start),
  )
  return { features: indices, shares, sentenceOf, paragraphOf }
}

// A document's raw score for a label is its bias plus what each word occurrence adds; summed by sentence, that
// says which sentences carry the label, and by paragraph, whether a paragraph would carry it on its own. Every
// reported label is summed in one walk over the occurrences: each feature's row of weights is read once.
function sentenceContributions(
  model: NarrativeModel,
  columns: readonly number[],
  { features, shares, sentenceOf }: Attribution,
  sentenceCount: number,
): Float64Array[] {
  const { weights, labelCount } = model.classifier
  const sums = columns.map(() => new Float64Array(sentenceCount))
  if (columns.length === 0) return sums
  for (let occurrence = 0; occurrence < features.length; occurrence++) {
    const sentence = sentenceOf[occurrence]!
    if (sentence === -1) continue
    const row = features[occurrence]! * labelCount
    const share = shares[occurrence]!
    for (let index = 0; index < columns.length; index++)
      sums[index]![sentence]! += weights[row + columns[index]!]! * share
  }
  return sums
}

function strongestSentences(
  doc: ModelDoc,
  model: NarrativeModel,
  column: number,
  bySentence: Float64Array,
  { paragraphOf }: Attribution,
  options: CombineOptions,
): { evidence: Span[]; paragraphs: number[] } {
  const { bias } = model.classifier
  const top = [...bySentence.keys()]
    .filter((sentence) => bySentence[sentence]! > 0)
    .sort((a, b) => bySentence[b]! - bySentence[a]!)
    .slice(0, options.maxEvidence)
    .sort((a, b) => a - b)
  const byParagraph = new Map<number, number>()
  bySentence.forEach((contribution, sentence) => {
    const paragraph = paragraphOf[sentence]!
    if (paragraph >= 0) byParagraph.set(paragraph, (byParagraph.get(paragraph) ?? 0) + contribution)
  })
  const paragraphs = [...byParagraph]
    .filter(
      ([, contribution]) =>
        applyPlatt(model.calibration[column]!, bias[column]! + contribution) >=
        options.strongParagraphProbability,
    )
    .map(([paragraph]) => paragraph)
  return {
    evidence: top.map((sentence) => {
      const { start, end } = doc.spans.sentences[sentence]!
      return makeSpan(doc.text, start, end)
    }),
    paragraphs,
  }
}

function mergeEvidence(cues: readonly Span[], model: readonly Span[], maxEvidence: number): Span[] {
  const merged: Span[] = [...cues]
  for (const span of model) {
    if (merged.length >= maxEvidence) break
    if (!merged.some((other) => other.start < span.end && span.start < other.end)) merged.push(span)
  }
  return merged.sort((a, b) => a.start - b.start)
}
