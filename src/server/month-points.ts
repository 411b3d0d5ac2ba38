import type { PeriodCount } from '../contracts/api.ts'
import type { FacetCount } from '../contracts/store.ts'

/** The store's month facet (YYYY-MM, calendar order) as timeline points. */
export function monthPoints(months: readonly FacetCount[]): PeriodCount[] {
  return months.map(({ value, count }) => ({ period: value, count }))
}
