import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  AnalyseResponseSchema,
  ApiErrorSchema,
  DeleteResponseSchema,
  DocumentResponseSchema,
  IngestResponseSchema,
  SearchResponseSchema,
} from '../../src/contracts/api.ts'
import {
  AUTH,
  createTestApp,
  EXAMPLES_DIR,
  json,
  SETUP_TIMEOUT_MS,
  type TestApp,
} from './support/test-app.ts'

const ARTICLE =
  'Le ministre de l’Intérieur a annoncé mardi la fermeture du port de Varna. « Nous ne céderons pas », a déclaré Ivan Petrov devant la presse, selon une source proche du dossier.'
const JSON_HEADERS = { 'content-type': 'application/json' }

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) }
}

let api: TestApp
// A page server on loopback stands in for a news site; the app is allowed private addresses to reach it.
let site: Server
let siteUrl: string

beforeAll(async () => {
  api = await createTestApp({
    seed: false,
    allowPrivateNetwork: true,
    maxJsonBytes: 64 * 1024,
    maxUploadBytes: 256 * 1024,
    ingestRoots: [EXAMPLES_DIR],
  })
  site = createServer((request, response) => {
    if (request.url === '/slow') {
      setTimeout(() => response.end('late'), 3000)
      return
    }
    if (request.url === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(
        `<html lang="fr"><head><title>Varna ferme son port</title></head><body><article><h1>Varna ferme son port</h1><p>${ARTICLE}</p><p>${ARTICLE}</p></article></body></html>`,
      )
    } else {
      response.writeHead(404)
      response.end('missing')
    }
  }).listen(0, '127.0.0.1')
  await once(site, 'listening')
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
}, SETUP_TIMEOUT_MS)
afterAll(async () => {
  site?.close()
  await api.close()
})

describe('analyse', () => {
  test('analyses text without storing it, open on loopback without a token', async () => {
    const response = await api.request('/api/analyse', post({ text: ARTICLE, lang: 'fr' }))
    expect(response.status).toBe(200)
    const body = AnalyseResponseSchema.parse(await json(response))
    expect(body.storeId).toBeNull()
    expect(body.document.lang).toBe('fr')
    expect(body.document.quotes?.length).toBeGreaterThan(0)
    expect((await api.store.stats()).documents).toBe(0)
  })

  test('storing needs the token, then the document is readable and searchable', async () => {
    const refused = await api.request('/api/analyse', post({ text: ARTICLE, store: true }))
    expect(refused.status).toBe(401)
    const response = await api.request(
      '/api/analyse',
      post({ text: ARTICLE, title: 'Varna', store: true }, AUTH),
    )
    expect(response.status).toBe(200)
    const { storeId } = AnalyseResponseSchema.parse(await json(response))
    expect(storeId).toBeGreaterThan(0)
    const read = DocumentResponseSchema.parse(
      await json(await api.request(`/api/documents/${storeId}`)),
    )
    expect(read.document.title).toBe('Varna')
    const found = SearchResponseSchema.parse(await json(await api.request('/api/search?text=port')))
    expect(found.hits.map((hit) => hit.storeId)).toContain(storeId)
  })

  test('fetches a URL and extracts the page', async () => {
    const response = await api.request('/api/analyse', post({ url: `${siteUrl}/article` }))
    expect(response.status).toBe(200)
    const body = AnalyseResponseSchema.parse(await json(response))
    expect(body.document.title).toBe('Varna ferme son port')
    expect(body.document.source.url).toBe(`${siteUrl}/article`)
  })

  test('a URL that answers 404 is a 502 fetch_failed naming the URL', async () => {
    const response = await api.request('/api/analyse', post({ url: `${siteUrl}/gone` }))
    expect(response.status).toBe(502)
    const body = ApiErrorSchema.parse(await json(response))
    expect(body.error.code).toBe('fetch_failed')
    expect(body.error.message).toContain('/gone')
  })

  test.each([
    ['an empty object', {}, 'give "text", "html" or "url"'],
    ['a text that is a number', { text: 42 }, 'body.text'],
    ['a URL that is not one', { url: 'not a url' }, 'body.url'],
    ['blank text', { text: '   ' }, 'no text'],
  ])('%s is a 400 naming the problem', async (_what, body, named) => {
    const response = await api.request('/api/analyse', post(body))
    expect(response.status).toBe(400)
    const error = ApiErrorSchema.parse(await json(response))
    expect(error.error.code).toBe('bad_request')
    expect(error.error.message).toContain(named)
  })

  test('a body that is not JSON is a 400; a body of another type is a 415', async () => {
    const broken = await api.request('/api/analyse', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"text": ',
    })
    expect(broken.status).toBe(400)
    expect(ApiErrorSchema.parse(await json(broken)).error.message).toContain('not valid JSON')
    const form = await api.request('/api/analyse', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: ARTICLE,
    })
    expect(form.status).toBe(415)
    expect(ApiErrorSchema.parse(await json(form)).error.code).toBe('unsupported_media_type')
  })

  test('a body over the JSON limit is a 413 with the error shape', async () => {
    const response = await api.request('/api/analyse', post({ text: 'mot '.repeat(20_000) }))
    expect(response.status).toBe(413)
    expect(ApiErrorSchema.parse(await json(response)).error.code).toBe('payload_too_large')
  })
})

describe('upload', () => {
  test('needs the token: 401 without, 403 with a wrong one', async () => {
    const body = { records: [{ text: ARTICLE }] }
    expect((await api.request('/api/upload', post(body))).status).toBe(401)
    const wrong = await api.request(
      '/api/upload',
      post(body, { authorization: 'Bearer wrong-token-xxxxxxxxxxxx' }),
    )
    expect(wrong.status).toBe(403)
  })

  test('stores JSON records and lists a bad one in errors', async () => {
    const response = await api.request(
      '/api/upload',
      post(
        {
          records: [
            { id: 'r1', title: 'Grève à Varna', text: `${ARTICLE} Les dockers sont en grève.` },
            { id: 'r2', html: '<p>   </p>' },
            {
              id: 'r3',
              text: 'Les dockers de Varna ont voté la grève mardi. Le port est à l’arrêt.',
            },
          ],
        },
        AUTH,
      ),
    )
    expect(response.status).toBe(201)
    const body = IngestResponseSchema.parse(await json(response))
    expect(body.stored).toBe(2)
    // An untitled record is answered with its first sentence, marked as derived.
    expect(body.documents).toEqual([
      {
        storeId: expect.any(Number),
        id: 'r1',
        title: 'Grève à Varna',
        heading: { text: 'Grève à Varna', derived: false },
      },
      {
        storeId: expect.any(Number),
        id: 'r3',
        title: null,
        heading: { text: 'Les dockers de Varna ont voté la grève mardi.', derived: true },
      },
    ])
    expect(body.errors).toEqual([
      expect.objectContaining({ input: 'upload:records[1]', stage: 'read', code: 'empty' }),
    ])
    expect(body.batch.status).toBe('done')
  })

  test('stores files sent as multipart/form-data, each read by its extension', async () => {
    const form = new FormData()
    form.append(
      'file',
      new File([`# Les dockers de Burgas\n\n${ARTICLE}`], 'burgas.md', { type: 'text/markdown' }),
    )
    form.append(
      'file',
      new File(
        [`{"id":"j1","title":"Sofia","text":"${ARTICLE.replaceAll('"', '\\"')} Sofia."}\n`],
        'items.jsonl',
      ),
    )
    form.append('file', new File([new Uint8Array([0, 1, 2, 3, 0, 0, 0, 0])], 'photo.txt'))
    const response = await api.request('/api/upload', {
      method: 'POST',
      headers: AUTH,
      body: form,
    })
    expect(response.status).toBe(201)
    const body = IngestResponseSchema.parse(await json(response))
    expect(body.documents?.map((document) => document.title)).toEqual([
      'Les dockers de Burgas',
      'Sofia',
    ])
    expect(body.errors).toEqual([
      expect.objectContaining({ input: 'upload:photo.txt', code: 'binary' }),
    ])
  })

  test('an upload over the limit is a 413', async () => {
    const form = new FormData()
    form.append('file', new File(['x'.repeat(300 * 1024)], 'big.txt'))
    const response = await api.request('/api/upload', { method: 'POST', headers: AUTH, body: form })
    expect(response.status).toBe(413)
    expect(ApiErrorSchema.parse(await json(response)).error.code).toBe('payload_too_large')
  })

  test('a form without files and an empty record list are 400s', async () => {
    const form = new FormData()
    form.append('note', 'no file here')
    const noFile = await api.request('/api/upload', { method: 'POST', headers: AUTH, body: form })
    expect(noFile.status).toBe(400)
    const noRecords = await api.request('/api/upload', post({ records: [] }, AUTH))
    expect(noRecords.status).toBe(400)
    expect(ApiErrorSchema.parse(await json(noRecords)).error.message).toContain('body.records')
  })
})

describe('ingest', () => {
  test('needs the token', async () => {
    const response = await api.request('/api/ingest', post({ inputs: [`${siteUrl}/article`] }))
    expect(response.status).toBe(401)
  })

  test('ingests a URL and the allowed folder, and lists the inputs that failed', async () => {
    const response = await api.request(
      '/api/ingest',
      post({ inputs: [`${siteUrl}/article`, `${siteUrl}/gone`, EXAMPLES_DIR] }, AUTH),
    )
    expect(response.status).toBe(201)
    const body = IngestResponseSchema.parse(await json(response))
    expect(body.stored).toBe(17)
    expect(body.errors).toEqual([
      expect.objectContaining({ input: `${siteUrl}/gone`, code: 'http_error' }),
    ])
  })

  test('a path outside the allowed folders is a 403', async () => {
    const response = await api.request('/api/ingest', post({ inputs: ['/etc/passwd'] }, AUTH))
    expect(response.status).toBe(403)
    expect(ApiErrorSchema.parse(await json(response)).error.message).toContain('outside')
  })
})

describe('delete', () => {
  test('needs the token, removes the document, and a second delete is a 404', async () => {
    const { storeId } = AnalyseResponseSchema.parse(
      await json(
        await api.request(
          '/api/analyse',
          post({ text: `${ARTICLE} Le port rouvrira en mai.`, store: true }, AUTH),
        ),
      ),
    )
    const path = `/api/documents/${storeId}`
    expect((await api.request(path, { method: 'DELETE' })).status).toBe(401)
    const deleted = await api.request(path, { method: 'DELETE', headers: AUTH })
    expect(deleted.status).toBe(200)
    expect(DeleteResponseSchema.parse(await json(deleted)).deleted).toBe(1)
    expect((await api.request(path)).status).toBe(404)
    expect((await api.request(path, { method: 'DELETE', headers: AUTH })).status).toBe(404)
  })
})

describe('request timeout', () => {
  let impatient: TestApp
  beforeAll(async () => {
    impatient = await createTestApp({
      seed: false,
      allowPrivateNetwork: true,
      requestTimeoutMs: 300,
      fetchTimeoutMs: 10_000,
    })
  }, SETUP_TIMEOUT_MS)
  afterAll(async () => {
    await impatient?.close()
  })

  test('a request still unanswered after the limit is a 504 with the error shape', async () => {
    const response = await impatient.request('/api/analyse', post({ url: `${siteUrl}/slow` }))
    expect(response.status).toBe(504)
    const body = ApiErrorSchema.parse(await json(response))
    expect(body.error.code).toBe('timeout')
    expect(body.error.message).toContain('300 ms')
  })
})
