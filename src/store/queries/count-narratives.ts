import type { NarrativeTimelineQuery } from '../../contracts/narrative-timeline.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'
import { periodStartSql } from './period-start-sql.ts'

/** How many documents carry one narrative in one period, from one outlet, in one language. */
export interface NarrativeCountRow {
  narrative: string
  /** First day of the period (YYYY-MM-DD), null when the documents have no published date. */
  start: string | null
  outlet: string | null
  lang: string | null
  count: number
}

/** A document behind a point, with its rank among the point's documents (1 = highest score). */
export interface NarrativeDocumentRow {
  narrative: string
  start: string | null
  storeId: number
  id: string
  title: string | null
  url: string | null
  published: string | null
  outlet: string | null
  lang: string | null
  score: number | null
}

/** The raw material of a narrative timeline: counts per narrative, period, outlet and language, and documents. */
export interface NarrativeTimelineRows {
  /** Distinct documents that carry at least one counted narrative. */
  documents: number
  counts: NarrativeCountRow[]
  /** The best `documentsPerPoint` documents of each narrative and period, in rank order. */
  points: NarrativeDocumentRow[]
}

/**
 * Counts, in one round trip, the narratives of the documents matching a filter per period, outlet and language,
 * and lists the highest-scoring documents behind each point. Scores are stored beside the narrative ids, so no
 * document is decoded.
 */
export async function countNarratives(
  client: SqlQueryable,
  filter: ResolvedFilter,
  options: Pick<NarrativeTimelineQuery, 'interval' | 'minScore' | 'documentsPerPoint'>,
): Promise<NarrativeTimelineRows> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  const bind = (value: unknown): string => {
    params.push(value)
    return `$${params.length}`
  }
  // With --narrative the documents are those carrying it, and the timeline shows it alone.
  const onlyNarrative = filter.narrative ? `AND n.narrative = ${bind(filter.narrative)}` : ''
  // A score of null (a document stored before scores were kept) cannot be shown to reach a minimum.
  const minScore = options.minScore > 0 ? `AND n.score >= ${bind(options.minScore)}::real` : ''
  const perPoint = bind(options.documentsPerPoint)
  const [row] = await client.query<{ documents: number; counts: string; points: string }>(
    `WITH m AS MATERIALIZED (
       SELECT d.id, d.doc_id, d.title, d.url, d.published, d.outlet, d.lang, n.narrative, n.score,
         ${periodStartSql(options.interval, 'd.published')} AS period
       FROM documents AS d
       CROSS JOIN LATERAL unnest(d.narratives, d.narrative_scores) AS n(narrative, score)
       WHERE ${where} AND n.narrative IS NOT NULL ${onlyNarrative} ${minScore})
     SELECT
       (SELECT count(DISTINCT m.id) FROM m)::integer AS documents,
       (SELECT coalesce(json_agg(c), '[]')::text FROM (
          SELECT m.narrative, to_char(m.period, 'YYYY-MM-DD') AS start, m.outlet, m.lang,
            count(*)::integer AS count
          FROM m GROUP BY m.narrative, m.period, m.outlet, m.lang) AS c) AS counts,
       (SELECT coalesce(json_agg(p ORDER BY p.narrative, p.start, p.rank), '[]')::text FROM (
          SELECT m.narrative, to_char(m.period, 'YYYY-MM-DD') AS start, m.id AS "storeId", m.doc_id AS id,
            m.title, m.url, to_char(m.published, 'YYYY-MM-DD') AS published, m.outlet, m.lang,
            m.score::float8 AS score,
            row_number() OVER (PARTITION BY m.narrative, m.period
              ORDER BY m.score DESC NULLS LAST, m.published, m.id) AS rank
          FROM m) AS p
        WHERE p.rank <= ${perPoint}) AS points`,
    params,
  )
  if (!row) throw new Error('narrative timeline query gave no row')
  const points = (JSON.parse(row.points) as (NarrativeDocumentRow & { rank: number })[]).map(
    ({ rank: _rank, ...point }) => point,
  )
  return { documents: row.documents, counts: JSON.parse(row.counts) as NarrativeCountRow[], points }
}
