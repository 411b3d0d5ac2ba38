import type { TimelineStep } from '../../contracts/store.ts'

/**
 * The SQL date of the first day of the period holding `published` (a date expression): the day itself, the
 * Monday of its ISO week, or the first of its month. Computed on the date itself: date_trunc would go through
 * timestamptz and so through the session's time zone.
 */
export function periodStartSql(step: TimelineStep, published: string): string {
  if (step === 'day') return published
  if (step === 'week') return `(${published} - (extract(isodow FROM ${published})::integer - 1))`
  return `(${published} - (extract(day FROM ${published})::integer - 1))`
}
