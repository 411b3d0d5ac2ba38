import type { FacetName } from '../contracts/store.ts'
import type { DocumentRow } from './document-row.ts'

/** One value of one facet, as the `facet_values` dictionary keys it. */
export type FacetValue = readonly [facet: FacetName, value: string]

/**
 * The facet values a document is counted under: its language, outlet, month (YYYY-MM), entities, techniques
 * and narratives, each once. Migration 6 computes the same for the documents stored before it.
 */
export function facetValuesOf(row: DocumentRow): FacetValue[] {
  const values: FacetValue[] = []
  if (row.lang !== null) values.push(['lang', row.lang])
  if (row.outlet !== null) values.push(['outlet', row.outlet])
  if (row.published !== null) values.push(['month', row.published.slice(0, 7)])
  for (const entity of new Set(row.entities)) values.push(['entity', entity])
  for (const technique of new Set(row.techniques)) values.push(['technique', technique])
  for (const narrative of new Set(row.narratives)) values.push(['narrative', narrative])
  return values
}

/** The dictionary's key for a facet value (facet names hold no control characters). */
export function facetKey([facet, value]: FacetValue): string {
  return `${facet}\u0001${value}`
}
