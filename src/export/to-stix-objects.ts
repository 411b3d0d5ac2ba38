import type { AnalyzedDocument } from '../contracts/document.ts'
import { DISARM_TECHNIQUES } from './disarm-techniques.ts'
import { STIX_OBSERVABLE_NAMESPACE, stableUuid } from './stable-uuid.ts'
import type { StixObject } from './stix-schema.ts'

/** The identity every object Narrascope writes is created by. */
export const NARRASCOPE_IDENTITY_ID = `identity--${stableUuid('identity:narrascope')}`
const REPORT_DESCRIPTION =
  'Narrascope analysis of a news article: the persuasion techniques (mapped to DISARM techniques) and narratives found, each note quoting its evidence. It states what the text does, not whether it is true.'
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u

/** The objects every bundle holds once: Narrascope's identity. */
export function stixPreamble(createdAt: string): StixObject[] {
  return [
    {
      type: 'identity',
      spec_version: '2.1',
      id: NARRASCOPE_IDENTITY_ID,
      created: createdAt,
      modified: createdAt,
      name: 'Narrascope',
      identity_class: 'system',
      description: 'Open-source workbench for analysing information manipulation in news.',
    },
  ]
}

/**
 * The STIX objects of one analysed document: a report on it, its outlet (identity) and URL (url observable),
 * one attack-pattern per DISARM technique its persuasion techniques map to, and one note per technique or
 * narrative found, quoting the evidence. No indicator: an indicator asserts that something is malicious, which
 * is the analyst's call, not ours. Shared objects (outlets, attack-patterns) carry stable ids, so the caller
 * keeps one of each per bundle.
 */
export function toStixObjects(document: AnalyzedDocument, createdAt: string): StixObject[] {
  const stamp = { spec_version: '2.1' as const, created: createdAt, modified: createdAt }
  const reportId = `report--${stableUuid(`report:${document.source.url ?? ''}:${document.id}`)}`
  const objects: StixObject[] = []
  const refs: string[] = []
  const url = document.source.url
  if (url !== undefined) {
    const id = `url--${stableUuid(JSON.stringify({ value: url }), STIX_OBSERVABLE_NAMESPACE)}`
    objects.push({ type: 'url', spec_version: '2.1', id, value: url })
    refs.push(id)
  }
  const outlet = document.source.outlet ?? document.source.siteName
  if (outlet !== undefined) {
    const id = `identity--${stableUuid(`outlet:${outlet.toLowerCase()}`)}`
    objects.push({ type: 'identity', ...stamp, id, name: outlet, identity_class: 'organization' })
    refs.push(id)
  }
  const patternIds = new Map<string, string>()
  for (const technique of document.techniques ?? [])
    for (const disarmId of DISARM_TECHNIQUES[technique.label])
      patternIds.set(disarmId, `attack-pattern--${stableUuid(`disarm:${disarmId}`)}`)
  for (const [disarmId, id] of patternIds) {
    objects.push({
      type: 'attack-pattern',
      ...stamp,
      id,
      created_by_ref: NARRASCOPE_IDENTITY_ID,
      name: `DISARM ${disarmId}`,
      external_references: [{ source_name: 'DISARM', external_id: disarmId }],
    })
    refs.push(id)
  }
  objects.push({
    type: 'report',
    ...stamp,
    id: reportId,
    created_by_ref: NARRASCOPE_IDENTITY_ID,
    name: document.title ?? document.id,
    description: REPORT_DESCRIPTION,
    report_types: ['threat-report'],
    published: publishedTimestamp(document.source.published, createdAt),
    object_refs: refs.length > 0 ? refs : [NARRASCOPE_IDENTITY_ID],
    labels: [
      ...(document.lang ? [`lang:${document.lang}`] : []),
      ...(document.narratives ?? []).map((narrative) => `narrative:${narrative.id}`),
    ],
    ...(url === undefined ? {} : { external_references: [{ source_name: 'article', url }] }),
  })
  objects.push(
    ...techniqueNotes(document, reportId, stamp),
    ...narrativeNotes(document, reportId, stamp),
  )
  return objects
}

type Stamp = { spec_version: '2.1'; created: string; modified: string }

function techniqueNotes(document: AnalyzedDocument, reportId: string, stamp: Stamp): StixObject[] {
  return (document.techniques ?? []).map((technique, index) => {
    const disarmIds = DISARM_TECHNIQUES[technique.label]
    return {
      type: 'note',
      ...stamp,
      id: `note--${stableUuid(`${reportId}:technique:${index}`)}`,
      created_by_ref: NARRASCOPE_IDENTITY_ID,
      abstract: `${technique.label} (DISARM ${disarmIds.join(', ')})`,
      content: `${technique.label}, confidence ${technique.confidence.toFixed(2)}, characters ${technique.start}-${technique.end}: "${technique.text}"`,
      object_refs: [
        reportId,
        ...disarmIds.map((id) => `attack-pattern--${stableUuid(`disarm:${id}`)}`),
      ],
      labels: [`technique:${technique.label}`],
    }
  })
}

function narrativeNotes(document: AnalyzedDocument, reportId: string, stamp: Stamp): StixObject[] {
  return (document.narratives ?? []).map((narrative) => ({
    type: 'note',
    ...stamp,
    id: `note--${stableUuid(`${reportId}:narrative:${narrative.id}`)}`,
    created_by_ref: NARRASCOPE_IDENTITY_ID,
    abstract: `Narrative: ${narrative.label}`,
    content: `Narrative ${narrative.id} ("${narrative.label}"), score ${narrative.score.toFixed(2)}, in paragraphs ${narrative.paragraphs.join(', ')}.`,
    object_refs: [reportId],
    labels: [`narrative:${narrative.id}`],
  }))
}

// STIX needs a full timestamp; a day-only publication date is taken at midnight UTC.
function publishedTimestamp(published: string | undefined, fallback: string): string {
  if (published === undefined) return fallback
  if (ISO_DAY.test(published)) return `${published}T00:00:00.000Z`
  const parsed = new Date(published)
  return Number.isNaN(parsed.getTime()) ? fallback : parsed.toISOString()
}
