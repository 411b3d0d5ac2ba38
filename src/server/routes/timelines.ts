import { TimelineParamsSchema, TimelineResponseSchema } from '../../contracts/api.ts'
import type { DocumentFilter } from '../../contracts/store.ts'
import { defineRoute } from '../define-route.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/timelines: documents per day, week or month, for the whole set or per frequent narrative, entity… */
export const timelinesRoute = defineRoute({
  method: 'get',
  path: '/api/timelines',
  operationId: 'getTimelines',
  summary:
    'Documents over time (per day, ISO week or month), overall or one series per narrative, entity, outlet, language or technique',
  description:
    'Periods are named by their first day (YYYY-MM-DD; a week starts on Monday) or, per month, YYYY-MM. With by other than "all", the series are the most frequent values of that facet among the matching documents. Narratives per day or week, with the documents behind each point: /api/narratives/timeline.',
  tag: 'timelines',
  access: 'read',
  query: TimelineParamsSchema,
  response: TimelineResponseSchema,
  responseName: 'TimelineResponse',
  async handle({ query }, { services }) {
    const { by, series: seriesCount, interval, ...rest } = query
    const filter = toDocumentFilter(rest)
    if (by === 'all') {
      const points = await services.store.countPerPeriod(filter, interval)
      const total = (await services.store.stats(filter)).documents
      return { by, interval, series: [{ value: 'all', total, points }] }
    }
    const values = (await services.store.stats(filter)).facets[by].slice(0, seriesCount)
    // One count per series: each narrows the same filter by one value, so the counts agree with search.
    const series = await Promise.all(
      values.map(async ({ value, count }) => {
        const narrowed: Partial<DocumentFilter> = { ...filter, [by]: value }
        return {
          value,
          total: count,
          points: await services.store.countPerPeriod(narrowed, interval),
        }
      }),
    )
    return { by, interval, series }
  },
})
