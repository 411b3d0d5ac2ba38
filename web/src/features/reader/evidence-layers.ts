import type { EntityLabel } from '@src/contracts/annotations.ts'
import type { AnalyzedDocument } from '@src/contracts/document.ts'
import type { ClaimOccurrence } from '@src/contracts/link.ts'
import type { HighlightSpan } from '../../components/highlighted.tsx'
import type { I18n } from '../../i18n/i18n-provider.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { TECHNIQUE_NAMES } from '../../i18n/technique-names.ts'

/** The toggleable layers of evidence, in the order their toggles appear. */
export const LAYER_NAMES = [
  'entities',
  'quotes',
  'anonymous',
  'claims',
  'techniques',
  'narratives',
] as const
export type LayerName = (typeof LAYER_NAMES)[number]

/** What a layer is drawn from: the analysed document and, for claims, its check-worthy sentences. */
export interface EvidenceSource {
  readonly document: AnalyzedDocument
  readonly claims: readonly ClaimOccurrence[]
}

const ENTITY_CLASSES: Readonly<Record<EntityLabel, string>> = {
  PER: 'hl-entity hl-entity-per',
  ORG: 'hl-entity hl-entity-org',
  LOC: 'hl-entity hl-entity-loc',
  MISC: 'hl-entity hl-entity-misc',
}

type Collect = (source: EvidenceSource, i18n: I18n) => HighlightSpan[]

const COLLECTORS: Readonly<Record<LayerName, Collect>> = {
  entities: ({ document }, { t }) =>
    (document.entities ?? []).map((entity) => ({
      start: entity.start,
      end: entity.end,
      // Labels added to the contract later still get highlighted, in the MISC colour.
      className: ENTITY_CLASSES[entity.label] ?? ENTITY_CLASSES.MISC,
      label: `${t(`entity.${entity.label}` as MessageKey)} · ${entity.canonical}`,
      confidence: entity.confidence,
      why: [t(`entityMethod.${entity.method}`, { canonical: entity.canonical })],
    })),
  quotes: collectQuotes,
  anonymous: ({ document }, { t }) =>
    (document.sourcing ?? [])
      .filter((sourcing) => sourcing.kind === 'anonymous')
      .map((sourcing) => ({
        start: sourcing.start,
        end: sourcing.end,
        className: 'hl-anonymous',
        label: t('sourcing.anonymous'),
        confidence: sourcing.confidence,
        why: sourcing.cue ? [t('sourcing.cue', { cue: sourcing.cue.text })] : [],
      })),
  claims: ({ claims }, { t }) =>
    claims.map((claim) => ({
      start: claim.sentence.start,
      end: claim.sentence.end,
      className: 'hl-claim',
      label: t('claim.label'),
      confidence: null,
      why: [
        ...claim.reasons.map((reason) => t(`claim.${reason}`)),
        ...claim.sourcing.map((source) => source.canonical ?? source.text),
      ],
    })),
  techniques: ({ document }, { t, language }) =>
    (document.techniques ?? []).map((technique) => ({
      start: technique.start,
      end: technique.end,
      className: 'hl-technique',
      label: TECHNIQUE_NAMES[language][technique.label] ?? technique.label,
      confidence: technique.confidence,
      why: [
        ...(technique.cues.length > 0
          ? [t('technique.cues', { cues: technique.cues.join(', ') })]
          : []),
        ...(technique.disarm?.length
          ? [t('technique.disarm', { ids: technique.disarm.join(', ') })]
          : []),
      ],
    })),
  narratives: ({ document }, { t }) =>
    (document.narratives ?? []).flatMap((narrative) =>
      narrative.evidence.map((span) => ({
        start: span.start,
        end: span.end,
        className: 'hl-narrative',
        label: `${t('narrative.score')} · ${narrative.label}`,
        confidence: narrative.score,
        why: [narrative.id],
      })),
    ),
}

/** The highlights of one layer; an empty list when the document lacks it. */
export function collectLayer(
  layer: LayerName,
  source: EvidenceSource,
  i18n: I18n,
): HighlightSpan[] {
  return COLLECTORS[layer](source, i18n)
}

/** Quotes, and the speaker mentions they point to (one highlight per mention). */
function collectQuotes({ document }: EvidenceSource, { t }: I18n): HighlightSpan[] {
  const spans: HighlightSpan[] = []
  const speakers = new Set<string>()
  for (const quote of document.quotes ?? []) {
    const speaker = quote.speaker
    spans.push({
      start: quote.start,
      end: quote.end,
      className:
        quote.kind === 'direct' ? 'hl-quote hl-quote-direct' : 'hl-quote hl-quote-indirect',
      label: t(`quote.${quote.kind}`),
      confidence: quote.confidence,
      why: [
        speaker ? t('quote.speaker', { name: speaker.canonical }) : t('quote.noSpeaker'),
        ...(speaker ? [t(`resolution.${speaker.resolution}`)] : []),
        ...(quote.cue ? [t('quote.cue', { cue: quote.cue.text })] : []),
      ],
    })
    if (speaker?.start === undefined || speaker.end === undefined) continue
    const key = `${speaker.start}:${speaker.end}`
    if (speakers.has(key)) continue
    speakers.add(key)
    spans.push({
      start: speaker.start,
      end: speaker.end,
      className: 'hl-speaker',
      label: `${t('quote.speakerMention')} · ${speaker.canonical}`,
      confidence: quote.confidence,
      why: [t(`resolution.${speaker.resolution}`)],
    })
  }
  return spans
}
