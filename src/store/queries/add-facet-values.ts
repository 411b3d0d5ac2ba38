import type { FacetValue } from '../facet-values-of.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { findFacetIds } from './find-facet-ids.ts'

// In key order, as for entity names: two workers adding the same new values in different orders would each
// wait for the other's transaction.
const ADD = `
INSERT INTO facet_values (facet, value)
SELECT DISTINCT f.facet, f.value FROM unnest($1::text[], $2::text[]) AS f(facet, value)
ORDER BY 1, 2
ON CONFLICT DO NOTHING`

/**
 * Adds facet values to the dictionary (those already there are kept) and returns the id of each, keyed by
 * `facetKey`. Ids never change once committed, so callers may keep them.
 */
export async function addFacetValues(
  tx: SqlQueryable,
  values: readonly FacetValue[],
): Promise<Map<string, number>> {
  if (values.length === 0) return new Map()
  await tx.query(ADD, [values.map(([facet]) => facet), values.map(([, value]) => value)])
  return findFacetIds(tx, values)
}
