import type { PeriodCount, TimelineStep } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'
import { periodStartSql } from './period-start-sql.ts'

// A month is named YYYY-MM, as the month facet names it; a day or a week by its first day.
const PERIOD_FORMAT: Record<TimelineStep, string> = {
  day: 'YYYY-MM-DD',
  week: 'YYYY-MM-DD',
  month: 'YYYY-MM',
}

/**
 * How many documents matching a filter were published in each day, ISO week or month, in calendar order.
 * Documents without a published date are not counted; periods without documents are not listed.
 */
export async function countPerPeriod(
  client: SqlQueryable,
  filter: ResolvedFilter,
  step: TimelineStep,
): Promise<PeriodCount[]> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  return client.query<PeriodCount>(
    `SELECT to_char(p.start, '${PERIOD_FORMAT[step]}') AS period, count(*)::integer AS count
     FROM (SELECT ${periodStartSql(step, 'd.published')} AS start
           FROM documents AS d WHERE ${where} AND d.published IS NOT NULL) AS p
     GROUP BY p.start ORDER BY p.start`,
    params,
  )
}
