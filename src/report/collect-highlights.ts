import type { EntityLabel, Quote, Speaker } from '../contracts/annotations.ts'
import type { AnalyzedDocument } from '../contracts/document.ts'
import { formatConfidence } from './format-confidence.ts'
import type { HighlightRange } from './highlight-segments.ts'

/** A span of evidence to mark in the article text; `className` and `title` are plain text. */
export interface Highlight extends HighlightRange {
  readonly layer: string
  /** CSS classes, always from constants in this file, never from the document. */
  readonly className: string
  readonly title: string
}

/** One toggleable layer of evidence; `collect` returns nothing when the document lacks the layer. */
export interface HighlightLayer {
  /** CSS-safe name: `[a-z-]+`. */
  readonly name: string
  readonly label: string
  readonly collect: (doc: AnalyzedDocument) => Highlight[]
}

/** The CSS class that colours each entity label. */
export const ENTITY_CLASSES: Readonly<Record<EntityLabel, string>> = {
  PER: 'entity-per',
  ORG: 'entity-org',
  LOC: 'entity-loc',
  MISC: 'entity-misc',
}

/** The layers drawn over the article text, in the order their toggles appear; a new layer adds one entry. */
export const HIGHLIGHT_LAYERS: readonly HighlightLayer[] = [
  {
    name: 'entities',
    label: 'Entities',
    collect: (doc) =>
      (doc.entities ?? []).map((entity) => ({
        start: entity.start,
        end: entity.end,
        layer: 'entities',
        // Labels added to the contract later still get highlighted, in the MISC colour.
        className: ENTITY_CLASSES[entity.label] ?? ENTITY_CLASSES.MISC,
        title: [entity.label, entity.canonical, formatConfidence(entity.confidence)].join(' · '),
      })),
  },
  {
    name: 'quotes',
    label: 'Quotes',
    collect: (doc) =>
      (doc.quotes ?? []).map((quote) => ({
        start: quote.start,
        end: quote.end,
        layer: 'quotes',
        className: quote.kind === 'direct' ? 'quote-direct' : 'quote-indirect',
        title: [
          `${quote.kind} quote`,
          quote.speaker?.canonical ?? 'no speaker identified',
          formatConfidence(quote.confidence),
        ].join(' · '),
      })),
  },
  { name: 'speakers', label: 'Speakers', collect: collectSpeakers },
  {
    name: 'anonymous',
    label: 'Anonymous sourcing',
    collect: (doc) =>
      (doc.sourcing ?? [])
        .filter((sourcing) => sourcing.kind === 'anonymous')
        .map((sourcing) => ({
          start: sourcing.start,
          end: sourcing.end,
          layer: 'anonymous',
          className: 'sourcing-anonymous',
          title: `anonymous source · ${formatConfidence(sourcing.confidence)}`,
        })),
  },
  {
    name: 'narratives',
    label: 'Narratives',
    collect: (doc) =>
      (doc.narratives ?? []).flatMap((narrative) =>
        narrative.evidence.map((span) => ({
          start: span.start,
          end: span.end,
          layer: 'narratives',
          className: 'narrative',
          title: [
            `narrative: ${narrative.label}`,
            narrative.id,
            formatConfidence(narrative.score),
          ].join(' · '),
        })),
      ),
  },
  {
    name: 'quality',
    label: 'Text quality',
    collect: (doc) =>
      (doc.quality ?? []).flatMap((finding) =>
        finding.spans.map((span, index) => ({
          start: span.start,
          end: span.end,
          layer: 'quality',
          className: index === 0 ? 'quality-original' : 'quality-repeat',
          title: [
            finding.kind,
            finding.message,
            `occurrence ${index + 1} of ${finding.spans.length}`,
            `similarity ${formatConfidence(finding.similarity)}`,
          ].join(' · '),
        })),
      ),
  },
]

/** The highlights of every layer the document has, leaving out layers that are missing or empty. */
export function collectHighlights(
  doc: AnalyzedDocument,
): { layer: HighlightLayer; highlights: Highlight[] }[] {
  return HIGHLIGHT_LAYERS.map((layer) => ({ layer, highlights: layer.collect(doc) })).filter(
    ({ highlights }) => highlights.length > 0,
  )
}

/** The speaker mentions that quotes point to, one highlight per mention even when it speaks several quotes. */
function collectSpeakers(doc: AnalyzedDocument): Highlight[] {
  const mentions = new Map<
    string,
    { start: number; end: number; speaker: Speaker; quotes: Quote[] }
  >()
  for (const quote of doc.quotes ?? []) {
    const { speaker } = quote
    if (speaker?.start === undefined || speaker.end === undefined) continue
    const key = `${speaker.start}:${speaker.end}`
    const mention = mentions.get(key)
    if (mention) mention.quotes.push(quote)
    else mentions.set(key, { start: speaker.start, end: speaker.end, speaker, quotes: [quote] })
  }
  return [...mentions.values()].map(({ start, end, speaker, quotes }) => ({
    start,
    end,
    layer: 'speakers',
    className: 'speaker',
    title: [
      `speaker of ${quotes.length} quote${quotes.length === 1 ? '' : 's'}`,
      `${speaker.canonical} (${speaker.resolution})`,
      formatConfidence(Math.max(...quotes.map((quote) => quote.confidence))),
    ].join(' · '),
  }))
}
