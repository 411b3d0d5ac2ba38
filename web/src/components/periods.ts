/** How a timeline buckets documents: by day, by ISO week (Monday first) or by calendar month. */
export type Interval = 'day' | 'week' | 'month'

/** A count in one period; `period` is YYYY-MM for months, the first day YYYY-MM-DD otherwise. */
export interface PeriodCount {
  readonly period: string
  readonly count: number
}

const PERIOD = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u
const DAY_MS = 86_400_000

/** The first instant (UTC) of a period, or null when the string is not a period. */
export function periodStart(period: string): Date | null {
  const match = PERIOD.exec(period)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1)))
}

/** The start of the period after the one starting at `start`. */
export function nextPeriod(start: Date, interval: Interval): Date {
  if (interval === 'month')
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
  return new Date(start.getTime() + (interval === 'week' ? 7 : 1) * DAY_MS)
}

function previousPeriod(start: Date, interval: Interval): Date {
  if (interval === 'month')
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 1, 1))
  return new Date(start.getTime() - (interval === 'week' ? 7 : 1) * DAY_MS)
}

/**
 * Every period from the earliest to the latest of `periods`, extended backwards to at least `minPeriods`:
 * a period without documents must show as zero, not be skipped by the axis, and a corpus of a few days must
 * not be one bar as wide as the chart.
 */
export function periodRange(
  periods: readonly string[],
  interval: Interval,
  minPeriods: number,
): Date[] {
  const starts = periods.map(periodStart).filter((start): start is Date => start !== null)
  if (starts.length === 0) return []
  const times = starts.map((start) => start.getTime())
  const last = new Date(Math.max(...times))
  const range: Date[] = []
  for (let at = new Date(Math.min(...times)); at <= last; at = nextPeriod(at, interval))
    range.push(at)
  while (range.length < minPeriods) range.unshift(previousPeriod(range[0]!, interval))
  return range
}
