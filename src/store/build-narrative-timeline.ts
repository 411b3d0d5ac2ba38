import type {
  NarrativeCounts,
  NarrativeSeries,
  NarrativeTimeline,
  NarrativeTimelineQuery,
  TimelinePoint,
} from '../contracts/narrative-timeline.ts'
import type { FacetCount } from '../contracts/store.ts'
import type { NarrativeTimelineRows } from './queries/count-narratives.ts'

// Scores are stored as 4-byte reals; three decimals is what they mean.
const SCORE_DECIMALS = 1000

/**
 * Shapes the rows of `countNarratives` into the NarrativeTimeline contract: one series per narrative (most
 * documents first), its points in calendar order (undated last), outlet and language counts at both levels.
 * Labels and parents are left null for the caller who has the catalogue (see `getNarrativeTimeline`).
 */
export function buildNarrativeTimeline(
  rows: NarrativeTimelineRows,
  query: NarrativeTimelineQuery,
  tookMs: number,
): NarrativeTimeline {
  const series = new Map<string, { tally: Tally; points: Map<string | null, Tally> }>()
  for (const count of rows.counts) {
    let narrative = series.get(count.narrative)
    if (!narrative) {
      narrative = { tally: newTally(), points: new Map() }
      series.set(count.narrative, narrative)
    }
    let point = narrative.points.get(count.start)
    if (!point) {
      point = newTally()
      narrative.points.set(count.start, point)
    }
    for (const tally of [narrative.tally, point]) addCount(tally, count)
  }
  const documents = new Map<string, TimelinePoint['documents']>()
  for (const { narrative, start, score, ...document } of rows.points) {
    const key = pointKey(narrative, start)
    const list = documents.get(key) ?? []
    list.push({
      ...document,
      score: score === null ? null : Math.round(score * SCORE_DECIMALS) / SCORE_DECIMALS,
    })
    documents.set(key, list)
  }
  const narratives: NarrativeSeries[] = [...series].map(([id, { tally, points }]) => ({
    id,
    label: null,
    parent: null,
    ...summarise(tally),
    points: [...points]
      .sort(([a], [b]) => compareStarts(a, b))
      .map(([start, point]) => ({
        start,
        ...summarise(point),
        documents: documents.get(pointKey(id, start)) ?? [],
      })),
  }))
  narratives.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
  return { query, documents: rows.documents, narratives, tookMs }
}

interface Tally {
  count: number
  outlets: Map<string, number>
  langs: Map<string, number>
}

function newTally(): Tally {
  return { count: 0, outlets: new Map(), langs: new Map() }
}

function addCount(
  tally: Tally,
  row: { outlet: string | null; lang: string | null; count: number },
): void {
  tally.count += row.count
  if (row.outlet !== null)
    tally.outlets.set(row.outlet, (tally.outlets.get(row.outlet) ?? 0) + row.count)
  if (row.lang !== null) tally.langs.set(row.lang, (tally.langs.get(row.lang) ?? 0) + row.count)
}

function summarise(tally: Tally): NarrativeCounts {
  return { count: tally.count, byOutlet: ranked(tally.outlets), byLang: ranked(tally.langs) }
}

function ranked(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

function pointKey(narrative: string, start: string | null): string {
  return `${narrative}\u0001${start ?? ''}`
}

// ISO days sort as strings; the undated point goes last.
function compareStarts(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}
