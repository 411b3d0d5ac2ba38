import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  ApiErrorSchema,
  DocumentListResponseSchema,
  DocumentResponseSchema,
  DocumentStoryResponseSchema,
  EntitiesResponseSchema,
  EntityResponseSchema,
  HealthResponseSchema,
  NarrativesResponseSchema,
  NarrativeTimelineResponseSchema,
  SearchResponseSchema,
  StatsResponseSchema,
  StoriesResponseSchema,
  TimelineResponseSchema,
} from '../../src/contracts/api.ts'
import { linkStoredDocuments } from '../../src/link/link-stored-documents.ts'
import { createTestApp, json, SETUP_TIMEOUT_MS, type TestApp } from './support/test-app.ts'

let api: TestApp

beforeAll(async () => {
  api = await createTestApp()
}, SETUP_TIMEOUT_MS)
afterAll(async () => {
  await api.close()
})

describe('read endpoints over an embedded store holding the demo corpus', () => {
  test('health names the engine', async () => {
    const response = await api.request('/api/health')
    expect(response.status).toBe(200)
    expect(HealthResponseSchema.parse(await json(response)).engine).toBe('embedded')
  })

  test('search ranks hits, highlights the words in snippets and counts facets over all matches', async () => {
    const response = await api.request('/api/search?text=ministry&limit=2')
    expect(response.status).toBe(200)
    const result = SearchResponseSchema.parse(await json(response))
    expect(result.total).toBeGreaterThan(2)
    expect(result.hits).toHaveLength(2)
    const [first] = result.hits
    expect(first!.snippet.highlights.length).toBeGreaterThan(0)
    const marked = first!.snippet.highlights.map(({ start, end }) =>
      first!.snippet.text.slice(start, end).toLowerCase(),
    )
    expect(marked.some((word) => word.startsWith('minist'))).toBe(true)
    const languageTotal = result.facets.lang.reduce((sum, facet) => sum + facet.count, 0)
    expect(languageTotal).toBe(result.total)
  })

  test('search filters by language and pages with offset', async () => {
    const all = SearchResponseSchema.parse(await json(await api.request('/api/search?lang=fr')))
    expect(all.total).toBeGreaterThan(1)
    expect(all.hits.every((hit) => hit.lang === 'fr')).toBe(true)
    const second = SearchResponseSchema.parse(
      await json(await api.request('/api/search?lang=fr&limit=1&offset=1')),
    )
    expect(second.hits[0]!.storeId).toBe(all.hits[1]!.storeId)
  })

  test('a document is read by store id with its annotations', async () => {
    const [hit] = SearchResponseSchema.parse(
      await json(await api.request('/api/search?lang=en&limit=1')),
    ).hits
    const response = await api.request(`/api/documents/${hit!.storeId}`)
    expect(response.status).toBe(200)
    const body = DocumentResponseSchema.parse(await json(response))
    expect(body.storeId).toBe(hit!.storeId)
    expect(body.document.id).toBe(hit!.id)
    expect(body.document.text.length).toBeGreaterThan(100)
    expect(body.document.sentences?.length).toBeGreaterThan(0)
  })

  test('a document comes with its check-worthy sentences, each a span of its text', async () => {
    const found = SearchResponseSchema.parse(
      await json(await api.request('/api/search?text=ministry&limit=5')),
    )
    let claims = 0
    for (const hit of found.hits) {
      const body = DocumentResponseSchema.parse(
        await json(await api.request(`/api/documents/${hit.storeId}`)),
      )
      for (const claim of body.claims) {
        expect(claim.document).toBe(body.document.id)
        expect(body.document.text.slice(claim.sentence.start, claim.sentence.end)).toBe(
          claim.sentence.text,
        )
        expect(claim.reasons.length).toBeGreaterThan(0)
      }
      claims += body.claims.length
    }
    expect(claims).toBeGreaterThan(0)
  })

  test('documents are listed newest first without text', async () => {
    const body = DocumentListResponseSchema.parse(
      await json(await api.request('/api/documents?limit=3')),
    )
    expect(body.total).toBe(16)
    expect(body.items).toHaveLength(3)
    const dates = body.items.map((item) => item.published ?? '')
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(body.items[0]).not.toHaveProperty('snippet')
  })

  test('a document is found by its own id, then read by store id', async () => {
    const [item] = DocumentListResponseSchema.parse(
      await json(await api.request('/api/documents?lang=fr&limit=1')),
    ).items
    const found = DocumentListResponseSchema.parse(
      await json(await api.request(`/api/documents?id=${encodeURIComponent(item!.id)}`)),
    )
    expect(found.items.map((summary) => [summary.id, summary.storeId])).toEqual([
      [item!.id, item!.storeId],
    ])
    const none = DocumentListResponseSchema.parse(
      await json(await api.request('/api/documents?id=no-such-document')),
    )
    expect([none.total, none.items]).toEqual([0, []])
  })

  test('stats summarise the corpus and a filtered part of it', async () => {
    const all = StatsResponseSchema.parse(await json(await api.request('/api/stats')))
    expect(all.documents).toBe(16)
    const french = StatsResponseSchema.parse(await json(await api.request('/api/stats?lang=fr')))
    expect(french.documents).toBe(all.facets.lang.find((facet) => facet.value === 'fr')?.count)
  })

  test('top entities, and one entity by another spelling with its documents and months', async () => {
    const top = EntitiesResponseSchema.parse(await json(await api.request('/api/entities')))
    expect(top.documents).toBe(16)
    const [first] = top.entities
    expect(first!.count).toBeGreaterThan(1)
    const response = await api.request(`/api/entities/${encodeURIComponent(first!.value)}?limit=2`)
    const entity = EntityResponseSchema.parse(await json(response))
    expect(entity.total).toBe(first!.count)
    expect(entity.documents).toHaveLength(2)
    expect(entity.timeline.reduce((sum, point) => sum + point.count, 0)).toBeLessThanOrEqual(
      entity.total,
    )
    const karvenia = EntityResponseSchema.parse(
      await json(await api.request(`/api/entities/${encodeURIComponent('Karvénie')}`)),
    )
    expect(karvenia.total).toBeGreaterThan(0)
  })

  test('the narrative catalogue carries labels, definitions and counts of the stored documents', async () => {
    const body = NarrativesResponseSchema.parse(await json(await api.request('/api/narratives')))
    expect(body.narratives.length).toBeGreaterThan(10)
    const carried = body.narratives.filter((narrative) => narrative.documents > 0)
    expect(carried.length).toBeGreaterThan(0)
    const stats = StatsResponseSchema.parse(await json(await api.request('/api/stats')))
    for (const facet of stats.facets.narrative)
      expect(body.narratives.find((narrative) => narrative.id === facet.value)?.documents).toBe(
        facet.count,
      )
  })

  test('narratives per week with labels and the documents behind each point', async () => {
    const body = NarrativeTimelineResponseSchema.parse(
      await json(await api.request('/api/narratives/timeline?interval=week&documentsPerPoint=2')),
    )
    expect(body.query.interval).toBe('week')
    const [series] = body.narratives
    expect(series!.label).not.toBeNull()
    for (const point of series!.points) expect(point.documents.length).toBeLessThanOrEqual(2)
  })

  test('timelines: the whole set per month, and one series per frequent outlet', async () => {
    const all = TimelineResponseSchema.parse(await json(await api.request('/api/timelines')))
    expect(all.series).toHaveLength(1)
    expect(all.series[0]!.points.reduce((sum, point) => sum + point.count, 0)).toBeLessThanOrEqual(
      16,
    )
    const byLang = TimelineResponseSchema.parse(
      await json(await api.request('/api/timelines?by=lang&series=2')),
    )
    expect(byLang.series.map((series) => series.value)).toEqual(['en', 'fr'])
    for (const series of byLang.series)
      expect(series.points.reduce((sum, point) => sum + point.count, 0)).toBeLessThanOrEqual(
        series.total,
      )
  })

  test('timelines per day and per ISO week add up to the months; weeks are named by their Monday', async () => {
    const points = async (interval: string) =>
      TimelineResponseSchema.parse(
        await json(await api.request(`/api/timelines?interval=${interval}`)),
      ).series[0]!.points
    const [days, weeks, months] = await Promise.all(['day', 'week', 'month'].map(points))
    const total = (list: { count: number }[]) => list.reduce((sum, point) => sum + point.count, 0)
    expect(total(days!)).toBe(total(months!))
    expect(total(weeks!)).toBe(total(months!))
    for (const day of days!) expect(day.period).toMatch(/^\d{4}-\d{2}-\d{2}$/u)
    for (const month of months!) expect(month.period).toMatch(/^\d{4}-\d{2}$/u)
    for (const week of weeks!) expect(new Date(`${week.period}T00:00:00Z`).getUTCDay()).toBe(1)
    expect(days!.map((day) => day.period)).toEqual([...days!.map((day) => day.period)].sort())
    const byOutlet = TimelineResponseSchema.parse(
      await json(await api.request('/api/timelines?by=outlet&series=1&interval=week')),
    )
    expect(byOutlet.interval).toBe('week')
    expect(total(byOutlet.series[0]!.points)).toBeLessThanOrEqual(byOutlet.series[0]!.total)
  })

  test('stories: the demo column and its versions in four languages, with store ids and provenance', async () => {
    const body = StoriesResponseSchema.parse(await json(await api.request('/api/stories')))
    expect(body.linked).toBe('on-request')
    expect(body.documents).toBe(16)
    const [largest] = [...body.stories].sort((a, b) => b.members.length - a.members.length)
    expect(largest!.members.length).toBeGreaterThanOrEqual(4)
    expect(largest!.languages).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'it']))
    const refs = new Map(body.members.map((member) => [member.id, member.storeId]))
    for (const member of largest!.members) expect(refs.has(member.id)).toBe(true)

    const translation = largest!.members.find((member) => member.relation === 'translation')!
    const story = DocumentStoryResponseSchema.parse(
      await json(await api.request(`/api/documents/${refs.get(translation.id)}/story`)),
    )
    expect(story.story?.original).toBe(largest!.original)
    expect(story.members.map((member) => member.id)).toContain(largest!.original)
    const nodeIds = story.provenance.nodes.map((node) => node.id)
    expect(nodeIds).toContain(translation.id)
    for (const edge of story.provenance.edges) {
      expect(nodeIds).toContain(edge.from)
      expect(nodeIds).toContain(edge.to)
    }
  })

  test('once the store is linked, stories come from its link run and agree with the on-request ones', async () => {
    const onRequest = StoriesResponseSchema.parse(await json(await api.request('/api/stories')))
    await linkStoredDocuments(api.store)
    const stored = StoriesResponseSchema.parse(await json(await api.request('/api/stories')))
    expect(stored.linked).toBe('stored')
    expect(stored.stories.map((story) => story.original).sort()).toEqual(
      onRequest.stories.map((story) => story.original).sort(),
    )
    const [member] = stored.members
    const story = DocumentStoryResponseSchema.parse(
      await json(await api.request(`/api/documents/${member!.storeId}/story`)),
    )
    expect(story.linked).toBe('stored')
    expect(story.members.map((ref) => ref.id)).toContain(member!.id)
    const filtered = StoriesResponseSchema.parse(
      await json(await api.request('/api/stories?outlet=The%20North%20Post')),
    )
    expect(filtered.linked).toBe('on-request')
  })

  test.each([
    ['/api/documents/abc', 'path.storeId'],
    ['/api/documents/999999', 'no document with store id 999999'],
    ['/api/documents/999999/story', 'no document with store id 999999'],
    ['/api/stories?limit=1', 'query.limit'],
    ['/api/search?limit=0', 'query.limit'],
    ['/api/search?limit=ten', 'query.limit'],
    ['/api/search?from=2025-13-40x', 'query.from'],
    ['/api/search?from=2025-03-10&to=2025-01-01', 'is after'],
    ['/api/search?technique=Not_A_Technique', 'query.technique'],
    ['/api/stats?from=yesterday', 'query.from'],
    ['/api/timelines?by=colour', 'query.by'],
    ['/api/timelines?interval=year', 'query.interval'],
    ['/api/narratives/timeline?interval=year', 'query.interval'],
    ['/api/narratives/timeline?minScore=2', 'query.minScore'],
  ])('%s answers an error naming %s', async (path, named) => {
    const response = await api.request(path)
    expect([400, 404]).toContain(response.status)
    const body = ApiErrorSchema.parse(await json(response))
    expect(body.error.message).toContain(named)
    expect(body.error.code).toBe(response.status === 404 ? 'not_found' : 'bad_request')
  })

  test.each([
    ['GET', '/api/nope'],
    ['GET', '/api'],
    ['POST', '/api/search'],
    ['DELETE', '/api/stats'],
  ])('%s %s is a 404 with the error shape', async (method, path) => {
    const response = await api.request(path, { method })
    expect(response.status).toBe(404)
    expect(ApiErrorSchema.parse(await json(response)).error.code).toBe('not_found')
  })

  test('API answers carry a CSP that forbids everything and nosniff', async () => {
    const response = await api.request('/api/stats')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-type')).toContain('application/json')
  })
})
