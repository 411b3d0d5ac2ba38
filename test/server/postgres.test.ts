import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  DocumentResponseSchema,
  IngestResponseSchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from '../../src/contracts/api.ts'
import {
  createTestDatabase,
  postgresSkipReason,
  type TestDatabase,
} from '../store/support/postgres.ts'
import { AUTH, createTestApp, json, SETUP_TIMEOUT_MS, type TestApp } from './support/test-app.ts'

const skipReason = await postgresSkipReason()
if (skipReason) console.warn(skipReason)

describe.skipIf(skipReason !== null)('the API over PostgreSQL', () => {
  let database: TestDatabase
  let api: TestApp
  beforeAll(async () => {
    database = await createTestDatabase()
    api = await createTestApp({ db: database.url })
  }, SETUP_TIMEOUT_MS)
  afterAll(async () => {
    await api?.close()
    await database?.drop()
  })

  test('health names the engine; stats count the demo corpus', async () => {
    expect(await json(await api.request('/api/health'))).toMatchObject({ engine: 'postgres' })
    const stats = StatsResponseSchema.parse(await json(await api.request('/api/stats')))
    expect(stats.documents).toBe(16)
  })

  test('search and read a document', async () => {
    const result = SearchResponseSchema.parse(
      await json(await api.request('/api/search?text=ministry&limit=1')),
    )
    expect(result.total).toBeGreaterThan(0)
    const read = DocumentResponseSchema.parse(
      await json(await api.request(`/api/documents/${result.hits[0]!.storeId}`)),
    )
    expect(read.document.id).toBe(result.hits[0]!.id)
  })

  test('upload and delete', async () => {
    const response = await api.request('/api/upload', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({
        records: [
          { id: 'pg-1', text: 'Le port de Varna a rouvert lundi après trois semaines de grève.' },
        ],
      }),
    })
    expect(response.status).toBe(201)
    const [document] = IngestResponseSchema.parse(await json(response)).documents ?? []
    const deleted = await api.request(`/api/documents/${document!.storeId}`, {
      method: 'DELETE',
      headers: AUTH,
    })
    expect(deleted.status).toBe(200)
    expect((await api.request(`/api/documents/${document!.storeId}`)).status).toBe(404)
  })
})
