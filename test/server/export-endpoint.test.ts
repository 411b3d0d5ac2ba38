import { afterAll, beforeAll, expect, test } from 'vitest'
import { ApiErrorSchema } from '../../src/contracts/api.ts'
import { AnalyzedDocumentSchema } from '../../src/contracts/document.ts'
import { StixBundleSchema } from '../../src/export/stix-schema.ts'
import { createTestApp, json, SETUP_TIMEOUT_MS, type TestApp } from './support/test-app.ts'

let api: TestApp

beforeAll(async () => {
  api = await createTestApp()
}, SETUP_TIMEOUT_MS)
afterAll(async () => {
  await api.close()
})

test('JSONL: the matching documents, one analysed document per line, as an attachment', async () => {
  const response = await api.request('/api/export?format=jsonl&lang=fr')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('application/x-ndjson')
  expect(response.headers.get('content-disposition')).toContain('narrascope-export.jsonl')
  const documents = (await response.text())
    .trim()
    .split('\n')
    .map((line) => AnalyzedDocumentSchema.parse(JSON.parse(line)))
  expect(documents.length).toBe(5)
  expect(documents.every((document) => document.lang === 'fr')).toBe(true)
})

test('CSV: a header and one row per document, cut at the limit', async () => {
  const response = await api.request('/api/export?format=csv&limit=3')
  expect(response.headers.get('content-type')).toContain('text/csv')
  const lines = (await response.text()).trim().split('\n')
  expect(lines[0]).toMatch(/^store_id,id,url,title/u)
  expect(lines).toHaveLength(4)
})

test('STIX: a valid 2.1 bundle with a report per document', async () => {
  const response = await api.request('/api/export?format=stix')
  expect(response.headers.get('content-type')).toBe('application/stix+json;version=2.1')
  const bundle = StixBundleSchema.parse(await json(response))
  expect(bundle.objects.filter((object) => object.type === 'report')).toHaveLength(16)
})

test('ClaimReview and NewsArticle: JSON-LD graphs', async () => {
  for (const [format, type] of [
    ['claimreview', 'ClaimReview'],
    ['jsonld', 'NewsArticle'],
  ]) {
    const response = await api.request(`/api/export?format=${format}`)
    expect(response.headers.get('content-type')).toContain('application/ld+json')
    const graph = await json<{ '@context': string; '@graph': { '@type': string }[] }>(response)
    expect(graph['@context']).toBe('https://schema.org')
    expect(graph['@graph'].length).toBeGreaterThan(0)
    expect(graph['@graph'].every((node) => node['@type'] === type)).toBe(true)
  }
})

test('an unknown format is a 400 naming the accepted ones', async () => {
  const response = await api.request('/api/export?format=pdf')
  expect(response.status).toBe(400)
  const body = ApiErrorSchema.parse(await json(response))
  expect(body.error.message).toContain('query.format')
  expect(body.error.message).toContain('stix')
})
