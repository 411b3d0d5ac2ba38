import type { FacetName } from '@src/contracts/store.ts'
import { useId } from 'react'
import { toQueryString } from '../../api/filter-params.ts'
import { useStatsQuery } from '../../api/use-stats-query.ts'
import { BarList } from '../../components/bar-list.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { TimeChart } from '../../components/time-chart.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { useFacetLabel } from '../search/use-facet-label.ts'
import { StoriesPanel } from './stories-panel.tsx'
import { TimelinePanel } from './timeline-panel.tsx'

const TOP_LISTS: readonly { facet: Exclude<FacetName, 'month'>; title: MessageKey }[] = [
  { facet: 'outlet', title: 'dashboard.topOutlets' },
  { facet: 'entity', title: 'dashboard.topEntities' },
  { facet: 'technique', title: 'dashboard.topTechniques' },
  { facet: 'narrative', title: 'dashboard.topNarratives' },
]

/** The corpus at a glance: documents over time, top outlets, entities, techniques, narratives, timelines. */
export function DashboardPage() {
  const { t } = useI18n()
  const stats = useStatsQuery()
  const labelOf = useFacetLabel()
  const overTimeId = useId()
  const languagesId = useId()
  if (stats.isPending) return <Loading />
  if (stats.isError) return <ErrorMessage error={stats.error} onRetry={() => stats.refetch()} />
  const { facets } = stats.data
  const searchFor = (facet: FacetName) => (value: string) =>
    `/search${toQueryString({ [facet]: value })}`
  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <h1>{t('dashboard.title')}</h1>
        <span>{t('dashboard.documents', { count: stats.data.documents })}</span>
        {stats.data.firstPublished && stats.data.lastPublished ? (
          <span className="muted">
            {t('dashboard.span', {
              first: stats.data.firstPublished.slice(0, 10),
              last: stats.data.lastPublished.slice(0, 10),
            })}
          </span>
        ) : null}
      </div>
      <div className="dashboard-grid">
        <section className="panel span-8" aria-labelledby={overTimeId}>
          <h2 id={overTimeId} className="panel-title">
            {t('dashboard.overTime')}
          </h2>
          <TimeChart
            label={t('dashboard.overTime')}
            interval="month"
            series={[
              {
                name: t('common.documents'),
                points: facets.month.map((month) => ({ period: month.value, count: month.count })),
              },
            ]}
          />
        </section>
        <section className="panel span-4" aria-labelledby={languagesId}>
          <h2 id={languagesId} className="panel-title">
            {t('dashboard.languages')}
          </h2>
          <BarList
            counts={facets.lang}
            labelOf={(value) => labelOf('lang', value)}
            hrefOf={searchFor('lang')}
          />
        </section>
        {TOP_LISTS.map(({ facet, title }) => (
          <TopList key={facet} title={t(title)}>
            <BarList
              counts={facets[facet]}
              labelOf={(value) => labelOf(facet, value)}
              hrefOf={searchFor(facet)}
            />
          </TopList>
        ))}
        <TimelinePanel facets={facets} interval={timelineInterval(stats.data)} />
        <StoriesPanel />
      </div>
    </div>
  )
}

// Up to about two months, narratives are counted per day; beyond, per ISO week.
const DAILY_UP_TO_DAYS = 62
const DAY_MS = 86_400_000

function timelineInterval(stats: { firstPublished: string | null; lastPublished: string | null }) {
  if (!stats.firstPublished || !stats.lastPublished) return 'day'
  const days = (Date.parse(stats.lastPublished) - Date.parse(stats.firstPublished)) / DAY_MS
  return days <= DAILY_UP_TO_DAYS ? 'day' : 'week'
}

function TopList({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId()
  return (
    <section className="panel span-3" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  )
}
