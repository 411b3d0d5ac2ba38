import type { TimelineInterval } from '@src/contracts/narrative-timeline.ts'
import type { Facets } from '@src/contracts/store.ts'
import { useId, useState } from 'react'
import { useNarrativeTimelineQuery } from '../../api/use-narrative-timeline-query.ts'
import { useTimelineQuery } from '../../api/use-timeline-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import type { Interval } from '../../components/periods.ts'
import { TimeChart, type TimeSeries } from '../../components/time-chart.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { useFacetLabel } from '../search/use-facet-label.ts'

const FOLLOWED = ['narrative', 'entity', 'technique', 'outlet', 'lang'] as const
type Followed = (typeof FOLLOWED)[number]
// The value of the "which one" menu that compares the most frequent values instead of following one.
const TOP_VALUES = ''
const COMPARED_SERIES = 5

/**
 * Documents over time of one narrative, entity, technique, outlet or language, or of the most frequent ones
 * side by side. Narratives are counted per day or week (their own store query); the others per month.
 */
export function TimelinePanel({
  facets,
  interval,
}: {
  facets: Facets
  interval: TimelineInterval
}) {
  const { t } = useI18n()
  const headingId = useId()
  const kindId = useId()
  const valueId = useId()
  const labelOf = useFacetLabel()
  const [kind, setKind] = useState<Followed>('narrative')
  const [value, setValue] = useState(TOP_VALUES)
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
      {kind === 'narrative' ? (
        <NarrativeTimeline narrative={value} interval={interval} />
      ) : (
        <FacetTimeline kind={kind} value={value} />
      )}
    </section>
  )
}

function NarrativeTimeline({
  narrative,
  interval,
}: {
  narrative: string
  interval: TimelineInterval
}) {
  const { t } = useI18n()
  const timeline = useNarrativeTimelineQuery(
    narrative === TOP_VALUES ? {} : { narrative },
    interval,
  )
  const series: TimeSeries[] = (timeline.data?.narratives ?? [])
    .slice(0, COMPARED_SERIES)
    .map((one) => ({
      name: one.label ?? one.id,
      points: one.points.flatMap((point) =>
        point.start === null ? [] : [{ period: point.start, count: point.count }],
      ),
    }))
  return (
    <Drawn query={timeline}>
      <TimeChart label={t('dashboard.timelineOf')} series={series} interval={interval} />
    </Drawn>
  )
}

function FacetTimeline({ kind, value }: { kind: Exclude<Followed, 'narrative'>; value: string }) {
  const { t } = useI18n()
  const labelOf = useFacetLabel()
  const isTop = value === TOP_VALUES
  const timeline = useTimelineQuery(
    isTop ? kind : 'all',
    isTop ? {} : { [kind]: value },
    COMPARED_SERIES,
  )
  const series: TimeSeries[] = (timeline.data?.series ?? []).map((one) => ({
    name: labelOf(kind, isTop ? one.value : value),
    points: one.points,
  }))
  const interval: Interval = 'month'
  return (
    <Drawn query={timeline}>
      <TimeChart label={t('dashboard.timelineOf')} series={series} interval={interval} />
    </Drawn>
  )
}

/** A chart once its data is there, with loading and error states before. */
function Drawn({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  children: React.ReactNode
}) {
  if (query.isPending) return <Loading />
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
  return <>{children}</>
}
