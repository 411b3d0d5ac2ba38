import type { FacetName, Facets } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'

// Enough to browse; the full lists are a `stats --json` or an export away.
const TOP_VALUES = 20

/**
 * An expression giving, as JSON text, the facet counts over `relation` (a materialised CTE with the
 * documents' `facet_ids`): each language, outlet, entity, technique and narrative (the 20 most frequent) and
 * every month. The ids are counted in one pass, as integers, and only then named. Parse it with `parseFacets`.
 */
export function facetsJsonSql(relation: string): string {
  return `(SELECT coalesce(json_agg(json_build_array(r.facet, r.value, r.count)
       ORDER BY r.facet, CASE WHEN r.facet = 'month' THEN r.value END, r.place), '[]')::text
     FROM (
       SELECT v.facet, v.value, c.count,
         row_number() OVER (PARTITION BY v.facet ORDER BY c.count DESC, v.value) AS place
       FROM (SELECT u.id, count(*)::integer AS count
             FROM (SELECT unnest(m.facet_ids) AS id FROM ${relation} AS m) AS u GROUP BY u.id) AS c
       JOIN facet_values AS v ON v.id = c.id) AS r
     WHERE r.place <= ${TOP_VALUES} OR r.facet = 'month')`
}

/** Turns what `facetsJsonSql` gave into facet lists (each in the order the SQL ranked it). */
export function parseFacets(json: string): Facets {
  const facets: Facets = {
    lang: [],
    outlet: [],
    entity: [],
    technique: [],
    narrative: [],
    month: [],
  }
  const rows = JSON.parse(json) as [FacetName, string, number][]
  for (const [facet, value, count] of rows) facets[facet].push({ value, count })
  return facets
}

/** Counts, over every document matching the filter, each language, outlet, entity, technique, narrative, month. */
export async function countFacets(client: SqlQueryable, filter: ResolvedFilter): Promise<Facets> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  const [row] = await client.query<{ facets: string }>(
    `WITH m AS MATERIALIZED (SELECT d.facet_ids FROM documents AS d WHERE ${where})
     SELECT ${facetsJsonSql('m')} AS facets`,
    params,
  )
  return parseFacets(row?.facets ?? '[]')
}
