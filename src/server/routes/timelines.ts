import { TimelineParamsSchema, TimelineResponseSchema } from '../../contracts/api.ts'
import type { DocumentFilter } from '../../contracts/store.ts'
import { defineRoute } from '../define-route.ts'
import { monthPoints } from '../month-points.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/timelines: documents per month, for the whole set or per frequent narrative, entity, outlet… */
export const timelinesRoute = defineRoute({
  method: 'get',
  path: '/api/timelines',
  operationId: 'getTimelines',
  summary:
    'Documents over time (per month), overall or one series per narrative, entity, outlet, language or technique',
  description:
    'With by other than "all", the series are the most frequent values of that facet among the matching documents. Narratives per day or week, with the documents behind each point: /api/narratives/timeline.',
  tag: 'timelines',
  access: 'read',
  query: TimelineParamsSchema,
  response: TimelineResponseSchema,
  responseName: 'TimelineResponse',
  async handle({ query }, { services }) {
    const { by, series: seriesCount, ...rest } = query
    const filter = toDocumentFilter(rest)
    const overall = await services.store.stats(filter)
    if (by === 'all') {
      const series = [
        { value: 'all', total: overall.documents, points: monthPoints(overall.facets.month) },
      ]
      return { by, interval: 'month' as const, series }
    }
    const values = overall.facets[by].slice(0, seriesCount)
    // One stats query per series: each narrows the same filter by one value, so the counts agree with search.
    const series = await Promise.all(
      values.map(async ({ value, count }) => {
        const narrowed: Partial<DocumentFilter> = { ...filter, [by]: value }
        const stats = await services.store.stats(narrowed)
        return { value, total: count, points: monthPoints(stats.facets.month) }
      }),
    )
    return { by, interval: 'month' as const, series }
  },
})
