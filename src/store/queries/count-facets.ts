import type { FacetName, Facets } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'

// Enough to browse; the full lists are a `stats --json` or an export away.
const TOP_VALUES = 20

/** The columns of `documents` (alias `d`) that `facetsJsonSql` counts; select them into its relation. */
export const FACET_COLUMNS = 'd.lang, d.outlet, d.published, d.entities, d.techniques, d.narratives'

/**
 * An expression giving, as JSON text, the facet counts over `relation` (a materialised CTE selecting
 * `FACET_COLUMNS`): each language, outlet, entity, technique, narrative and month. Parse it with `parseFacets`.
 */
export function facetsJsonSql(relation: string): string {
  const top = (facet: FacetName, value: string, from: string) =>
    `(SELECT '${facet}' AS facet, ${value} AS value, count(*)::integer AS count FROM ${from}
      WHERE ${value} IS NOT NULL GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${TOP_VALUES})`
  return `(SELECT coalesce(json_agg(f), '[]')::text FROM (
     ${top('lang', 'm.lang', `${relation} AS m`)}
     UNION ALL ${top('outlet', 'm.outlet', `${relation} AS m`)}
     UNION ALL ${top('entity', 'e', `${relation} AS m, unnest(m.entities) AS e`)}
     UNION ALL ${top('technique', 't', `${relation} AS m, unnest(m.techniques) AS t`)}
     UNION ALL ${top('narrative', 'n', `${relation} AS m, unnest(m.narratives) AS n`)}
     UNION ALL (SELECT 'month', to_char(m.published, 'YYYY-MM'), count(*)::integer FROM ${relation} AS m
       WHERE m.published IS NOT NULL GROUP BY 2 ORDER BY 2)) AS f)`
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
  const rows = JSON.parse(json) as { facet: FacetName; value: string; count: number }[]
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count })
  return facets
}

/** Counts, over every document matching the filter, each language, outlet, entity, technique, narrative, month. */
export async function countFacets(client: SqlQueryable, filter: ResolvedFilter): Promise<Facets> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  const [row] = await client.query<{ facets: string }>(
    `WITH m AS MATERIALIZED (SELECT ${FACET_COLUMNS} FROM documents AS d WHERE ${where})
     SELECT ${facetsJsonSql('m')} AS facets`,
    params,
  )
  return parseFacets(row?.facets ?? '[]')
}
