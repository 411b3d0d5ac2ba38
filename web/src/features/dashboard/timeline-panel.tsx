import type { Facets } from '@src/contracts/store.ts'
import { useId, useState } from 'react'
import { useTimelineQuery } from '../../api/use-timeline-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { TimeChart } from '../../components/time-chart.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { useFacetLabel } from '../search/use-facet-label.ts'

const FOLLOWED = ['narrative', 'entity', 'outlet', 'lang'] as const
type Followed = (typeof FOLLOWED)[number]
// The value of the "which one" menu that compares the most frequent values instead of following one.
const TOP_VALUES = ''
const COMPARED_SERIES = 5

/** Documents per month of one narrative or entity (or the most frequent ones side by side). */
export function TimelinePanel({ facets }: { facets: Facets }) {
  const { t } = useI18n()
  const labelOf = useFacetLabel()
  const headingId = useId()
  const kindId = useId()
  const valueId = useId()
  const [kind, setKind] = useState<Followed>('narrative')
  const [value, setValue] = useState(TOP_VALUES)
  const timeline = useTimelineQuery(
    value === TOP_VALUES ? kind : 'all',
    value === TOP_VALUES ? {} : { [kind]: value },
    COMPARED_SERIES,
  )
  const series = (timeline.data?.series ?? []).map((one) => ({
    name: value === TOP_VALUES ? labelOf(kind, one.value) : labelOf(kind, value),
    points: one.points,
  }))
  return (
    <section className="panel span-12" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('dashboard.timeline')}
      </h2>
      <div className="controls">
        <label htmlFor={kindId}>
          {t('dashboard.timelineKind')}
          <select
            id={kindId}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as Followed)
              setValue(TOP_VALUES)
            }}
          >
            {FOLLOWED.map((facet) => (
              <option key={facet} value={facet}>
                {t(`facet.${facet}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={valueId}>
          {t('dashboard.timelineValue')}
          <select id={valueId} value={value} onChange={(event) => setValue(event.target.value)}>
            <option value={TOP_VALUES}>
              {t('dashboard.compareTop', { count: COMPARED_SERIES })}
            </option>
            {facets[kind].map((count) => (
              <option key={count.value} value={count.value}>
                {labelOf(kind, count.value)} ({count.count})
              </option>
            ))}
          </select>
        </label>
      </div>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? (
        <ErrorMessage error={timeline.error} onRetry={() => timeline.refetch()} />
      ) : null}
      {timeline.data ? <TimeChart label={t('dashboard.timelineOf')} series={series} /> : null}
    </section>
  )
}
