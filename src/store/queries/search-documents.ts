import type { SearchQuery } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { configsFor, documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'

/** One ranked match before its snippet is made. */
export interface RankedDocument {
  storeId: number
  id: string
  title: string | null
  url: string | null
  outlet: string | null
  lang: string | null
  published: string | null
  searchConfig: string
  rank: number
  total: number
}

// Normalisation 1 divides the rank by 1 + log(length), so long documents do not win by length alone.
const RANK_NORMALISATION = 1
// Ranking reads each candidate's full-text vector; a query matching more documents than this is ranked among
// its most recent matches only, which keeps a one-word query on a large corpus interactive.
export const MAX_RANKED_MATCHES = 2000

/**
 * One page of documents matching a filter, best first (by rank for a text query, newest otherwise), with the
 * total number of matches.
 */
export async function searchDocuments(
  client: SqlQueryable,
  filter: ResolvedFilter,
  page: Pick<SearchQuery, 'limit' | 'offset'>,
): Promise<RankedDocument[]> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  let rank = '0'
  if (filter.text.trim() !== '') {
    params.push(filter.text)
    // One constant query per configuration, folded once by the planner, rather than the query parsed and
    // stemmed again for every matching row.
    const queries = configsFor(filter).map(
      (config) => `WHEN '${config}' THEN websearch_to_tsquery('${config}', $${params.length})`,
    )
    rank = `ts_rank(d.search_vector, CASE d.search_config ${queries.join(' ')} END, ${RANK_NORMALISATION})`
  }
  params.push(page.limit, page.offset)
  return client.query<RankedDocument>(
    `WITH matches AS MATERIALIZED (
       SELECT d.id, d.published FROM documents AS d WHERE ${where}),
     candidates AS (
       SELECT m.id FROM matches AS m
       ORDER BY m.published DESC NULLS LAST, m.id DESC LIMIT ${MAX_RANKED_MATCHES})
     SELECT d.id AS "storeId", d.doc_id AS id, d.title, d.url, d.outlet, d.lang,
       to_char(d.published, 'YYYY-MM-DD') AS published, d.search_config AS "searchConfig",
       ${rank}::float8 AS rank, (SELECT count(*) FROM matches)::integer AS total
     FROM candidates AS c JOIN documents AS d ON d.id = c.id
     ORDER BY rank DESC, d.published DESC NULLS LAST, d.id DESC
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  )
}
