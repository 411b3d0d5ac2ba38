import {
  NarrativesParamsSchema,
  NarrativesResponseSchema,
  NarrativeTimelineParamsSchema,
  NarrativeTimelineResponseSchema,
} from '../../contracts/api.ts'
import { getNarrativeTimeline } from '../../store/get-narrative-timeline.ts'
import { defineRoute } from '../define-route.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/narratives: the narrative catalogue, each with how many matching documents carry it. */
export const listNarrativesRoute = defineRoute({
  method: 'get',
  path: '/api/narratives',
  operationId: 'listNarratives',
  summary: 'The narrative catalogue (ids, labels, definitions, parents) with document counts',
  tag: 'narratives',
  access: 'read',
  query: NarrativesParamsSchema,
  response: NarrativesResponseSchema,
  responseName: 'NarrativeList',
  async handle({ query }, { services }) {
    const timeline = await services.store.narrativeTimeline({
      ...toDocumentFilter(query),
      documentsPerPoint: 0,
    })
    const counts = new Map(timeline.narratives.map((series) => [series.id, series.count]))
    return {
      narratives: services.catalog().map((narrative) => ({
        id: narrative.id,
        label: narrative.label,
        definition: narrative.definition,
        parent: narrative.parent ?? null,
        documents: counts.get(narrative.id) ?? 0,
      })),
    }
  },
})

/** GET /api/narratives/timeline: narratives per day or week, per outlet and language, with documents. */
export const narrativeTimelineRoute = defineRoute({
  method: 'get',
  path: '/api/narratives/timeline',
  operationId: 'getNarrativeTimeline',
  summary:
    'Narratives over time (per day or ISO week), per outlet and language, with the documents behind each point',
  description:
    'With narrative=ID the timeline shows that narrative alone. Labels come from the catalogue the server ships.',
  tag: 'narratives',
  access: 'read',
  query: NarrativeTimelineParamsSchema,
  response: NarrativeTimelineResponseSchema,
  responseName: 'NarrativeTimeline',
  async handle({ query }, { services }) {
    const { interval, minScore, documentsPerPoint, ...rest } = query
    return getNarrativeTimeline(
      services.store,
      { ...toDocumentFilter(rest), interval, minScore, documentsPerPoint },
      services.catalog(),
    )
  },
})
