import {
  DocumentStoryResponseSchema,
  StoreIdParamsSchema,
  StoriesParamsSchema,
  StoriesResponseSchema,
} from '../../contracts/api.ts'
import type { AnalyzedDocument } from '../../contracts/document.ts'
import type { Story } from '../../contracts/link.ts'
import { defineRoute } from '../define-route.ts'
import { ApiError } from '../errors.ts'
import { linkStored, provenanceAround } from '../stories/link-stored.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

// A document's other versions name the same people and places: candidates are the stored documents naming one
// of its most frequent entities, this many per entity.
const ENTITIES_SEARCHED = 3
const CANDIDATES_PER_ENTITY = 100

/** GET /api/stories: stories among the documents matching a filter, linked on request. */
export const listStoriesRoute = defineRoute({
  method: 'get',
  path: '/api/stories',
  operationId: 'listStories',
  summary: 'Stories (versions of one piece across languages) among the documents matching a filter',
  description:
    "The store's last link run (`narrascope link --db`) when there is one and the filter is at most a language; otherwise linked on request by the same code, over at most `limit` documents (newest first, or by rank with text): narrow the filter for large corpora.",
  tag: 'stories',
  access: 'read',
  query: StoriesParamsSchema,
  response: StoriesResponseSchema,
  responseName: 'StoriesResponse',
  async handle({ query }, { services }) {
    const { limit, ...rest } = query
    const filter = toDocumentFilter(rest)
    const onlyLanguage = Object.keys(filter).every((key) => key === 'lang' || key === 'text')
    if (onlyLanguage && filter.text === '') {
      const stored = await services.store.readStories({
        ...(filter.lang ? { lang: filter.lang } : {}),
        limit: Math.min(limit, 1000),
      })
      if (stored !== null)
        return {
          linked: 'stored' as const,
          documents: stored.run.documents,
          stories: stored.stories,
          members: storedMembers(stored.stories),
          provenance: stored.provenance,
        }
    }
    const page = await services.store.search({ ...filter, limit })
    const stored = await services.store.getDocuments(page.hits.map((hit) => hit.storeId))
    const { result, members } = linkStored(stored)
    return {
      linked: 'on-request' as const,
      documents: stored.length,
      stories: result.stories,
      members: members(result.stories.flatMap((story) => story.members.map((member) => member.id))),
      provenance: result.provenance,
    }
  },
})

/** GET /api/documents/{storeId}/story: the story of one document, its members' store ids, its provenance. */
export const documentStoryRoute = defineRoute({
  method: 'get',
  path: '/api/documents/{storeId}/story',
  operationId: 'getDocumentStory',
  summary:
    "A document's story (its versions in other languages, republications, excerpts) and provenance graph",
  description:
    "From the store's last link run when there is one; otherwise the stored documents naming the same most frequent entities are linked on request by the code of `narrascope link`.",
  tag: 'stories',
  access: 'read',
  params: StoreIdParamsSchema,
  response: DocumentStoryResponseSchema,
  responseName: 'DocumentStoryResponse',
  async handle({ params }, { services }) {
    const { store } = services
    const [target] = await store.getDocuments([params.storeId])
    if (target === undefined)
      throw new ApiError(404, 'not_found', `no document with store id ${params.storeId}`)
    const kept = await store.readStories({ document: target.document.id, limit: 1 })
    if (kept !== null) {
      const story = kept.stories[0] ?? null
      const ids = story ? story.members.map((member) => member.id) : [target.document.id]
      return {
        linked: 'stored' as const,
        story,
        members: story
          ? storedMembers([story])
          : [{ id: target.document.id, storeId: target.storeId }],
        provenance: provenanceAround(kept.provenance, ids),
      }
    }
    const candidateIds = new Set<number>()
    for (const entity of topEntities(target.document)) {
      const page = await store.search({ entity, limit: CANDIDATES_PER_ENTITY })
      for (const hit of page.hits) if (hit.storeId !== target.storeId) candidateIds.add(hit.storeId)
    }
    const candidates = await store.getDocuments([...candidateIds])
    const { result, members } = linkStored([target, ...candidates])
    const story =
      result.stories.find((found) =>
        found.members.some((member) => member.id === target.document.id),
      ) ?? null
    const ids = story ? story.members.map((member) => member.id) : [target.document.id]
    return {
      linked: 'on-request' as const,
      story,
      members: members(ids),
      provenance: provenanceAround(result.provenance, ids),
    }
  },
})

// Stored story members carry their store ids.
function storedMembers(stories: readonly Story[]): { id: string; storeId: number }[] {
  return stories.flatMap((story) =>
    story.members.flatMap((member) =>
      member.storeId === undefined ? [] : [{ id: member.id, storeId: member.storeId }],
    ),
  )
}

function topEntities(document: AnalyzedDocument): string[] {
  const counts = new Map<string, number>()
  for (const entity of document.entities ?? [])
    counts.set(entity.canonical, (counts.get(entity.canonical) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, ENTITIES_SEARCHED)
    .map(([name]) => name)
}
