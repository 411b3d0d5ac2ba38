import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  ApiErrorSchema,
  DocumentListResponseSchema,
  DocumentResponseSchema,
  HealthResponseSchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from '../../src/contracts/api.ts'
import { createTestApp, json, type TestApp } from './support/test-app.ts'

let api: TestApp

beforeAll(async () => {
  api = await createTestApp()
})
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
    const response = await api.request('/api/search?q=ministry&limit=2')
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

  test('stats summarise the corpus and a filtered part of it', async () => {
    const all = StatsResponseSchema.parse(await json(await api.request('/api/stats')))
    expect(all.documents).toBe(16)
    const french = StatsResponseSchema.parse(await json(await api.request('/api/stats?lang=fr')))
    expect(french.documents).toBe(all.facets.lang.find((facet) => facet.value === 'fr')?.count)
  })

  test.each([
    ['/api/documents/abc', 'path.storeId'],
    ['/api/documents/999999', 'no document with store id 999999'],
    ['/api/search?limit=0', 'query.limit'],
    ['/api/search?limit=ten', 'query.limit'],
    ['/api/search?from=2025-13-40x', 'query.from'],
    ['/api/search?from=2025-03-10&to=2025-01-01', 'is after'],
    ['/api/search?technique=Not_A_Technique', 'query.technique'],
    ['/api/stats?from=yesterday', 'query.from'],
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
