import type { FacetCount, FacetName } from '@src/contracts/store.ts'
import { useId, useState } from 'react'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'

// Values shown before "show more": enough for a glance, short enough to keep every facet on a laptop screen.
const COLLAPSED_VALUES = 6

/** One facet's values with their counts; choosing a value filters on it, choosing it again removes it. */
export function FacetList({
  facet,
  counts,
  selected,
  labelOf,
  onSelect,
}: {
  facet: Exclude<FacetName, 'month'>
  counts: readonly FacetCount[]
  selected: string | undefined
  labelOf: (value: string) => string
  onSelect: (value: string | undefined) => void
}) {
  const { t, formatNumber } = useI18n()
  const headingId = useId()
  const [expanded, setExpanded] = useState(false)
  // The selected value stays visible even when it has fallen out of the counts (no match left).
  const values =
    selected && !counts.some((count) => count.value === selected)
      ? [{ value: selected, count: 0 }, ...counts]
      : counts
  const shown = expanded ? values : values.slice(0, COLLAPSED_VALUES)
  const max = Math.max(1, ...values.map((count) => count.count))
  return (
    <section className="facet" aria-labelledby={headingId} data-facet={facet}>
      <h3 id={headingId}>{t(`facet.${facet}` as MessageKey)}</h3>
      {values.length === 0 ? <p className="facet-empty">{t('common.none')}</p> : null}
      <ul>
        {shown.map(({ value, count }) => {
          const isSelected = value === selected
          return (
            <li key={value}>
              <button
                type="button"
                className="facet-value"
                aria-pressed={isSelected}
                onClick={() => onSelect(isSelected ? undefined : value)}
              >
                <span
                  className="facet-bar"
                  style={{ width: `${(100 * count) / max}%` }}
                  aria-hidden="true"
                />
                <span className="facet-label">{labelOf(value)}</span>
                <span className="facet-count">{formatNumber(count)}</span>
              </button>
            </li>
          )
        })}
      </ul>
      {values.length > COLLAPSED_VALUES ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded
            ? t('search.fewerValues')
            : t('search.moreValues', { count: values.length - COLLAPSED_VALUES })}
        </button>
      ) : null}
    </section>
  )
}
