/** A count in one month; `period` is YYYY-MM. */
export interface MonthCount {
  readonly period: string
  readonly count: number
}

const MONTH = /^(\d{4})-(\d{2})/u

/** The month index (years × 12 + month) of a YYYY-MM period, or null for anything else. */
export function monthIndex(period: string): number | null {
  const match = MONTH.exec(period)
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null
}

/** The YYYY-MM period of a month index. */
export function periodOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * Every month from `first` to `last` (indexes), with zero where a series has no documents: a gap in the data is
 * a month without documents and must show as one, not be skipped by the axis.
 */
export function fillMonths(
  points: readonly MonthCount[],
  first: number,
  last: number,
): MonthCount[] {
  const counts = new Map<number, number>()
  for (const point of points) {
    const index = monthIndex(point.period)
    if (index !== null) counts.set(index, (counts.get(index) ?? 0) + point.count)
  }
  const filled: MonthCount[] = []
  for (let index = first; index <= last; index++)
    filled.push({ period: periodOf(index), count: counts.get(index) ?? 0 })
  return filled
}
