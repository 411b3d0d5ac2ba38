import type { FacetCount } from '@src/contracts/store.ts'
import { useI18n } from '../i18n/use-i18n.ts'
import { AppLink } from '../router/app-link.tsx'

/** A ranked list of values with proportional bars; each value links to the documents that carry it. */
export function BarList({
  counts,
  labelOf,
  hrefOf,
  limit = 10,
}: {
  counts: readonly FacetCount[]
  labelOf: (value: string) => string
  hrefOf: (value: string) => string
  limit?: number
}) {
  const { t, formatNumber } = useI18n()
  const shown = counts.slice(0, limit)
  if (shown.length === 0) return <p className="muted">{t('dashboard.noData')}</p>
  const max = Math.max(1, ...shown.map((count) => count.count))
  return (
    <ol className="bar-list">
      {shown.map(({ value, count }) => (
        <li key={value}>
          <AppLink to={hrefOf(value)}>
            <span className="bar" style={{ width: `${(100 * count) / max}%` }} aria-hidden="true" />
            <span className="bar-label">{labelOf(value)}</span>
            <span className="bar-count">{formatNumber(count)}</span>
          </AppLink>
        </li>
      ))}
    </ol>
  )
}
