import { type FacetValue, facetKey } from '../facet-values-of.ts'
import type { SqlQueryable } from '../sql-client.ts'

const FIND = `
SELECT v.id, v.facet, v.value FROM facet_values AS v
JOIN unnest($1::text[], $2::text[]) AS f(facet, value) ON v.facet = f.facet AND v.value = f.value`

/** The dictionary ids of those facet values it holds, keyed by `facetKey`; values it lacks are left out. */
export async function findFacetIds(
  client: SqlQueryable,
  values: readonly FacetValue[],
): Promise<Map<string, number>> {
  if (values.length === 0) return new Map()
  const rows = await client.query<{ id: number; facet: FacetValue[0]; value: string }>(FIND, [
    values.map(([facet]) => facet),
    values.map(([, value]) => value),
  ])
  return new Map(rows.map((row) => [facetKey([row.facet, row.value]), row.id]))
}
