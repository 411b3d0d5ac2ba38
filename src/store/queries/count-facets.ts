import type { FacetName, Facets } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'

// Enough to browse; the full lists are a `stats --json` or an export away.
const TOP_VALUES = 20

/** Counts, over every document matching the filter, each language, outlet, entity, technique, narrative, month. */
export async function countFacets(client: SqlQueryable, filter: ResolvedFilter): Promise<Facets> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  const top = (facet: FacetName, value: string, from: string) =>
    `(SELECT '${facet}' AS facet, ${value} AS value, count(*)::integer AS count FROM ${from}
      WHERE ${value} IS NOT NULL GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${TOP_VALUES})`
  const rows = await client.query<{ facet: FacetName; value: string; count: number }>(
    `WITH m AS MATERIALIZED (
       SELECT d.lang, d.outlet, d.published, d.entities, d.techniques, d.narratives
       FROM documents AS d WHERE ${where})
     ${top('lang', 'm.lang', 'm')}
     UNION ALL ${top('outlet', 'm.outlet', 'm')}
     UNION ALL ${top('entity', 'e', 'm, unnest(m.entities) AS e')}
     UNION ALL ${top('technique', 't', 'm, unnest(m.techniques) AS t')}
     UNION ALL ${top('narrative', 'n', 'm, unnest(m.narratives) AS n')}
     UNION ALL (SELECT 'month', to_char(m.published, 'YYYY-MM'), count(*)::integer FROM m
       WHERE m.published IS NOT NULL GROUP BY 2 ORDER BY 2)`,
    params,
  )
  const facets: Facets = {
    lang: [],
    outlet: [],
    entity: [],
    technique: [],
    narrative: [],
    month: [],
  }
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count })
  return facets
}
