import type { Facets, SearchQuery } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { facetsJsonSql, parseFacets } from './count-facets.ts'
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
}

/** A page of ranked matches, how many documents match in all, and the facets of all of them. */
export interface RankedPage {
  total: number
  hits: RankedDocument[]
  facets: Facets
}

// Normalisation 1 divides the rank by 1 + log(length), so long documents do not win by length alone.
const RANK_NORMALISATION = 1

/**
 * One page of documents matching a filter, best first (by rank for a text query, newest otherwise), with the
 * total number of matches and the facets, in one statement: the matches are read once, for all three, and
 * each is ranked as it is read (every match: a page ranked among fewer would not be the best of them).
 */
export async function searchDocuments(
  client: SqlQueryable,
  filter: ResolvedFilter,
  page: Pick<SearchQuery, 'limit' | 'offset'>,
): Promise<RankedPage> {
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
  const [row] = await client.query<{ total: number; hits: string; facets: string }>(
    `WITH matches AS MATERIALIZED (
       SELECT d.id, d.published, d.facet_ids, ${rank}::float8 AS rank FROM documents AS d WHERE ${where}),
     page AS (
       SELECT m.id, m.rank FROM matches AS m
       ORDER BY m.rank DESC, m.published DESC NULLS LAST, m.id DESC
       LIMIT $${params.length - 1} OFFSET $${params.length}),
     hits AS (
       SELECT d.id AS "storeId", d.doc_id AS id, d.title, d.url, d.outlet, d.lang,
         to_char(d.published, 'YYYY-MM-DD') AS published, d.search_config AS "searchConfig", p.rank,
         d.published AS day
       FROM page AS p JOIN documents AS d ON d.id = p.id)
     SELECT (SELECT count(*) FROM matches)::integer AS total,
       (SELECT coalesce(json_agg(h ORDER BY h.rank DESC, h.day DESC NULLS LAST, h."storeId" DESC), '[]')::text
        FROM hits AS h) AS hits,
       ${facetsJsonSql('matches')} AS facets`,
    params,
  )
  if (!row) throw new Error('search query gave no row')
  const hits = (JSON.parse(row.hits) as (RankedDocument & { day: unknown })[]).map(
    ({ day: _day, ...hit }) => hit,
  )
  return { total: row.total, hits, facets: parseFacets(row.facets) }
}
